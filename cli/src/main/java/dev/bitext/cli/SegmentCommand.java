package dev.bitext.cli;

import dev.bitext.Language;
import dev.bitext.Sentence;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext segment}: prints the sentences of a file, one per line. */
@Command(name = "segment", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Splits FILE into sentences and prints them one per line.")
final class SegmentCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the text: en or zh (default: detected from the script).")
    private Language language;

    @Parameters(paramLabel = "FILE", description = "The text to segment.")
    private Path file;

    @Override
    public Integer call() {
        String text = TextFiles.read(file);
        PrintWriter out = spec.commandLine().getOut();
        for (Sentence s : Inputs.segment(file, text, language).sentences()) {
            out.print(s.text().strip());
            out.print('\n');
        }
        out.flush();
        return Main.OK;
    }
}
