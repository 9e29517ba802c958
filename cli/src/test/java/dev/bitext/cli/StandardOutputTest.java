package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A standard output that fails (a full disk) fails the command, in-process; the real device is in ProcessTest. */
class StandardOutputTest {
    private static final Path BILINGUAL = Path.of("..", "seeds", "002_d7e8be9bf3798988.txt");
    private static final Path GOLD = Path.of("..", "seeds", "000.align");

    @TempDir
    Path dir;

    /** A stream that takes {@code room} bytes, then fails as a full disk does. */
    private static final class Full extends OutputStream {
        private long room;
        long written;

        Full(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            written += len;
        }
    }

    private static String[] args(String command) throws IOException {
        return switch (command) {
            case "align" -> new String[] {"align", BILINGUAL.toString()};
            case "segment" -> new String[] {"segment", BILINGUAL.toString()};
            case "eval" -> new String[] {"eval", GOLD.toString(), GOLD.toString()};
            case "help" -> new String[] {"align", "--help"};
            case "version" -> new String[] {"--version"};
            default -> throw new IllegalArgumentException(command);
        };
    }

    private static String runWith(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, StandardOutput.of(stdout), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(1);
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment", "eval", "help", "version"})
    void aFullStandardOutputFailsWithTheSystemsReason(String command) throws IOException {
        String err = runWith(new Full(0), args(command));
        assertThat(err).isEqualTo("bitext: standard output: No space left on device\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment"})
    void theCommandStopsAtTheFirstFailure(String command) throws IOException {
        Full full = new Full(100);
        String err = runWith(full, args(command));
        assertThat(err).isEqualTo("bitext: standard output: No space left on device\n");
        assertThat(full.written).isLessThanOrEqualTo(100);
    }

    @Test
    void aPrintStreamsErrorFlagFailsThePublicEntryPoint() throws IOException {
        PrintStream failing = new PrintStream(new Full(0), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args("align"), failing, new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("bitext: standard output: write failed\n");
    }

    @Test
    void everyWriteAfterAFailureThrowsTheSameReason() {
        StandardOutput out = StandardOutput.of(new Full(0));
        out.print("x");
        assertThatThrownBy(out::flush).isInstanceOf(UncheckedIOException.class)
                .satisfies(e -> assertThat(StandardOutput.isFailure(e)).isTrue())
                .hasRootCauseMessage("standard output: No space left on device");
        assertThatThrownBy(() -> out.println("y")).hasRootCauseMessage("standard output: No space left on device");
        assertThat(out.checkError()).isTrue();
        assertThat(StandardOutput.of(new ByteArrayOutputStream()).checkError()).isFalse();
    }
}
