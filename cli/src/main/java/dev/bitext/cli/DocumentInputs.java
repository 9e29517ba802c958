package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.doc.DocumentReaders;
import dev.bitext.doc.InputFormat;
import dev.bitext.doc.StructuredText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads the inputs of {@code align}, {@code segment} and {@code build-tm} in any format
 * ({@link DocumentReaders}: the {@code --input-format} given, else the extension, checked against the
 * content). Plain text is read exactly as before (strict decoding, {@code FILE: empty file, nothing TO_DO});
 * a structured document without any text is refused the same way. The path {@code -} is standard input,
 * named {@code standard input}: its format is the one given, else HTML when it starts like a page, else
 * text. Stateless.
 */
final class DocumentInputs {
    /** The name of standard input in messages. */
    static final String STANDARD_INPUT = "standard input";

    private DocumentInputs() {
    }

    /** Whether {@code file} stands for standard input. */
    static boolean isStandardInput(Path file) {
        return file.toString().equals("-");
    }

    /**
     * Reads {@code file} (or standard input for {@code -}) in {@code override}'s format, or the one its name
     * and content tell; refuses one without text, saying there is nothing {@code toDo}.
     */
    static ReadInput read(Path file, InputFormat override, InputEncoding encoding, String toDo) {
        ReadInput in = readAny(file, override, encoding);
        requireText(in, toDo);
        return in;
    }

    /** As {@link #read}, but an input without text is returned (empty), not refused. */
    static ReadInput readAny(Path file, InputFormat override, InputEncoding encoding) {
        if (isStandardInput(file)) {
            return readStandardInput(override, encoding);
        }
        InputFormat format = DocumentReaders.formatOf(file, override);
        if (format == InputFormat.TEXT) {
            return new ReadInput(file.toString(), TextFiles.read(file, encoding), null);
        }
        StructuredText st = DocumentReaders.read(file, format, TextBlocks.reader(encoding));
        return new ReadInput(file.toString(), st.text(), st);
    }

    private static ReadInput readStandardInput(InputFormat override, InputEncoding encoding) {
        byte[] bytes;
        try {
            InputStream in = System.in;
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new BitextException(STANDARD_INPUT + ": " + IoProblems.describe(e));
        }
        InputFormat format = override != null ? override
                : DocumentReaders.sniff(bytes).orElse(InputFormat.TEXT);
        if (format == InputFormat.TEXT) {
            DocumentReaders.formatOf(STANDARD_INPUT, bytes, InputFormat.TEXT);
            return new ReadInput(STANDARD_INPUT, TextBlocks.reader(encoding).decode(bytes, STANDARD_INPUT), null);
        }
        StructuredText st = DocumentReaders.read(bytes, STANDARD_INPUT, format, TextBlocks.reader(encoding));
        return new ReadInput(STANDARD_INPUT, st.text(), st);
    }

    private static void requireText(ReadInput in, String toDo) {
        String what = in.structured() == null ? "" : " (no text found in it as "
                + in.structured().format().label() + ")";
        if (in.text().isEmpty()) {
            throw new BitextException(in.name() + ": empty" + (in.name().equals(STANDARD_INPUT) ? "" : " file")
                    + what + ", nothing " + toDo);
        }
        if (in.text().isBlank()) {
            throw new BitextException(in.name() + ": only white space, nothing " + toDo);
        }
    }
}
