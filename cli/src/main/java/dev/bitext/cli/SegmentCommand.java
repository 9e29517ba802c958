package dev.bitext.cli;

import dev.bitext.Language;
import dev.bitext.Sentence;
import dev.bitext.segment.LanguageDetector;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bitext segment}: prints the sentences of a file, one per line. The file is read and written in
 * blocks of whole lines (sentences never cross a line end), so memory does not grow with its length.
 */
@Command(name = "segment", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Splits FILE into sentences and prints them one per line.")
final class SegmentCommand implements Callable<Integer>, Activity {
    /** Characters per block read; the language is detected from the first block. */
    static final int BLOCK_CHARS = 1 << 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the text: en or zh (default: detected from the script of its first "
                    + "million characters).")
    private Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only once complete) instead of standard output.")
    private Path output;

    @Mixin
    private EncodingFlag encodingFlag;

    @Parameters(paramLabel = "FILE", description = "The text to segment.")
    private Path file;

    /** Notes on how the file was read, shown once the output is written. */
    private final List<String> notes = new ArrayList<>();

    @Override
    public String activity() {
        return "segmenting " + file;
    }

    @Override
    public Integer call() throws IOException {
        OutputTarget.refuseInputs(output, List.of(file));
        long[] sentences = {0};
        Output.write(output, spec.commandLine().getOut(), out -> sentences[0] = segment(out));
        notes.forEach(n -> ErrorHandlers.note(spec.commandLine(), n));
        if (sentences[0] == 0) {
            ErrorHandlers.warn(spec.commandLine(), file + ": no sentences (the file is empty or only white space)");
        }
        return Main.OK;
    }

    /** Writes the sentences of the file to {@code out}, block by block; returns how many there were. */
    private long segment(Writer out) throws IOException {
        Language[] lang = {language};
        long[] count = {0};
        TextBlocks.forEach(file, BLOCK_CHARS, encodingFlag.encoding(notes::add), block -> {
            if (lang[0] == null) {
                lang[0] = LanguageDetector.detect(block);
            }
            for (Sentence s : Inputs.segment(file.toString(), block, lang[0]).sentences()) {
                out.write(s.text().strip());
                out.write('\n');
                count[0]++;
            }
        });
        return count[0];
    }
}
