package dev.bitext.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o FILE} of the commands that write to standard output unless given a file (a picocli mixin). */
final class OutputFileFlag {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only once complete) instead of standard output.")
    private Path output;

    /** {@return the file to write, or null for standard output} */
    Path file() {
        return output;
    }
}
