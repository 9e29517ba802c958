package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    /**
     * The outcome of one run.
     *
     * @param exit the exit code
     * @param out  standard output, decoded as UTF-8
     * @param err  standard error, decoded as UTF-8
     */
    record Result(int exit, String out, String err) {
        /** Asserts a failure reported as exactly one {@code bitext: } line and nothing on standard output. */
        Result failsWithOneLine(int expectedExit) {
            assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(expectedExit);
            assertThat(err).startsWith("bitext: ").endsWith("\n");
            assertThat(err.lines().count()).as("lines in %s", err).isEqualTo(1);
            assertThat(out).isEmpty();
            return this;
        }

        /** Asserts success with nothing on standard error. */
        Result succeeds() {
            assertThat(exit).as("exit code; stderr: %s", err).isZero();
            assertThat(err).isEmpty();
            return this;
        }
    }

    private Cli() {
    }

    /** Writes {@code text} in UTF-8 to {@code dir/name}, creating folders as needed. */
    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Runs {@code bitext args...}. */
    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
