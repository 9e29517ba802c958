package dev.bitext.cli;

import java.nio.charset.Charset;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The {@code --encoding} option of the commands that read text files (a picocli mixin). Public for bitext's
 * own modules (the Spark job takes the same flag); not a stable API.
 */
public final class EncodingFlag {
    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Character encoding of the input files without a byte order mark, e.g. GB18030, GBK, "
                    + "Big5, UTF-8 (default: UTF-8, or GB18030 or Big5 when the bytes are not UTF-8 and clearly "
                    + "one of those).")
    private Charset charset;

    /** {@return the charset given, or null to detect it} */
    public Charset charset() {
        return charset;
    }

    /** How to read the inputs: in the given charset, or detected with notes going to {@code notes}. */
    InputEncoding encoding(Consumer<String> notes) {
        return new InputEncoding(charset, notes);
    }
}
