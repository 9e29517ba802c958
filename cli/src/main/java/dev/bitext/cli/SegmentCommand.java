package dev.bitext.cli;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.Sentence;
import dev.bitext.doc.DocumentReaders;
import dev.bitext.doc.InputFormat;
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

    @Mixin
    private InputFormatFlag inputFormat;

    @Parameters(paramLabel = "FILE", description = "The text to segment; - for standard input.")
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
            ErrorHandlers.warn(spec.commandLine(), (DocumentInputs.isStandardInput(file)
                    ? DocumentInputs.STANDARD_INPUT + ": no sentences (the input is empty or only white space)"
                    : file + ": no sentences (the file is empty or only white space)"));
        }
        return Main.OK;
    }

    /**
     * Writes the sentences of the file to {@code out}, a plain text file block by block, standard input or a
     * structured document whole; returns how many there were.
     */
    private long segment(Writer out) throws IOException {
        Language[] lang = {language};
        long[] count = {0};
        InputEncoding encoding = encodingFlag.encoding(notes::add);
        if (!DocumentInputs.isStandardInput(file)
                && DocumentReaders.formatOf(file, inputFormat.format()) == InputFormat.TEXT) {
            TextBlocks.forEach(file, BLOCK_CHARS, encoding, block -> {
                if (lang[0] == null) {
                    lang[0] = LanguageDetector.detect(block);
                }
                count[0] += write(Inputs.segment(file.toString(), block, lang[0]), out);
            });
            return count[0];
        }
        ReadInput in = DocumentInputs.readAny(file, inputFormat.format(), encoding);
        if (in.text().isBlank()) {
            return 0;
        }
        return write(in.document(language, false), out);
    }

    private static long write(Document document, Writer out) throws IOException {
        for (Sentence s : document.sentences()) {
            out.write(s.text().strip().replace('\n', ' '));
            out.write('\n');
        }
        return document.size();
    }
}
