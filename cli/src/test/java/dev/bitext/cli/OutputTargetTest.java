package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o} onto something that is not a plain new file: links, FIFOs, devices, modes, stale temporary files. */
class OutputTargetTest {
    private static final Path BILINGUAL = Path.of("..", "seeds", "002_d7e8be9bf3798988.txt");
    private static final String EN = "The rain stopped. We walked home together.\nIt was late.\n";

    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String segmented(Path input) {
        return Cli.run("segment", input.toString()).succeeds().out();
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path target = Cli.write(real, "out.tmx", "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.tmx"), Path.of("real", "out.tmx"));

        Cli.Result r = Cli.run("align", "-o", link.toString(), BILINGUAL.toString()).succeeds();

        assertThat(r.out()).isEmpty();
        assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "out.tmx"));
        assertThat(Files.readString(target)).startsWith("<?xml").contains("<tu>");
        assertThat(names(dir)).containsExactly("link.tmx", "real");
        assertThat(names(real)).as("no temporary file left").containsExactly("out.tmx");
    }

    @Test
    void aDanglingLinkCreatesTheFileItPointsTo() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("made.txt"));
        Path input = Cli.write(dir, "in.txt", EN);

        Cli.run("segment", "-o", link.toString(), input.toString()).succeeds();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made.txt"))).isEqualTo(segmented(input));
        assertThat(names(dir)).containsExactly("in.txt", "link.txt", "made.txt");
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        Subprocess.system("mkfifo", fifo.toString());
        Path input = Cli.write(dir, "in.txt", EN);
        // Opening a FIFO blocks until the other end is open: the reader runs beside the command.
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        CompletableFuture<Cli.Result> writer = CompletableFuture.supplyAsync(
                () -> Cli.run("segment", "-o", fifo.toString(), input.toString()));

        Cli.Result r = writer.get(Subprocess.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String got = reader.get(Subprocess.TIMEOUT_SECONDS, TimeUnit.SECONDS);

        r.succeeds();
        assertThat(got).isEqualTo(segmented(input));
        assertThat(Files.readAttributes(fifo, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .as("still a FIFO").isTrue();
        assertThat(names(dir)).containsExactly("in.txt", "out.fifo");
    }

    @Test
    void devNullIsWrittenToAndStaysACharacterDevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        // Checked before writing: replacing /dev/null (as root) would break the machine, not just the test.
        assertThat(dev.bitext.internal.OutputPath.of(devNull).replaced()).as("/dev/null is written directly").isFalse();
        List<String> before = names(devNull.getParent());

        Cli.run("align", "-o", devNull.toString(), BILINGUAL.toString()).succeeds();
        Output.write(devNull, new StringWriter(), w -> w.write("x"));

        PosixFileAttributes attributes = Files.readAttributes(devNull, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        assertThat(attributes.isOther()).as("a device").isTrue();
        assertThat(attributes.isRegularFile()).isFalse();
        assertThat(names(devNull.getParent())).as("no temporary file in /dev").isEqualTo(before);
    }

    @Test
    void theModeOfAnExistingFileIsKept() throws IOException {
        Path input = Cli.write(dir, "in.txt", EN);
        for (String mode : List.of("rw-------", "rw-r-----", "r--------")) {
            Path out = Cli.write(dir, "out.txt", "old");
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(mode));

            Cli.run("segment", "-o", out.toString(), input.toString()).succeeds();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo(mode);
            assertThat(Files.readString(out)).isEqualTo(segmented(input));
            Files.delete(out);
        }
        assertThat(names(dir)).containsExactly("in.txt");
    }

    @Test
    void theModeIsKeptThroughALink() throws IOException {
        Path out = Cli.write(dir, "out.txt", "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), out.getFileName());
        Path input = Cli.write(dir, "in.txt", EN);

        Cli.run("segment", "-o", link.toString(), input.toString()).succeeds();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(Files.readString(out)).isEqualTo(segmented(input));
    }

    @Test
    void staleTemporaryFilesOfDeadProcessesAreRemovedOthersKept() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        assertThat(dead.waitFor(Subprocess.TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        Process alive = new ProcessBuilder("sleep", "600").start();
        try {
            String stale = ".out.txt.bitext-" + dead.pid() + "-0123456789abcdef.tmp";
            String live = ".out.txt.bitext-" + alive.pid() + "-0123456789abcdef.tmp";
            String otherTarget = ".other.txt.bitext-" + dead.pid() + "-0123456789abcdef.tmp";
            String notOurs = ".out.txt.0123456789abcdef.tmp";
            for (String name : List.of(stale, live, otherTarget, notOurs)) {
                Cli.write(dir, name, "partial");
            }
            Path input = Cli.write(dir, "in.txt", EN);

            Cli.run("segment", "-o", dir.resolve("out.txt").toString(), input.toString()).succeeds();

            assertThat(names(dir)).containsExactlyInAnyOrder("in.txt", "out.txt", live, otherTarget, notOurs);
        } finally {
            alive.destroyForcibly().waitFor(Subprocess.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTemporaryFileIsNamedAfterItsProcess() throws IOException {
        Path out = dir.resolve("out.txt");
        String[] seen = new String[1];
        Output.write(out, new StringWriter(), w -> seen[0] = names(dir).get(0));
        assertThat(seen[0]).matches("\\.out\\.txt\\.bitext-" + ProcessHandle.current().pid() + "-[0-9a-f]{16}\\.tmp");
        assertThat(names(dir)).containsExactly("out.txt");
    }
}
