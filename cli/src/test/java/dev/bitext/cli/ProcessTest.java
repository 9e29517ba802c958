package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line in a JVM of its own: a standard output that is full, a termination signal during a
 * write, running out of memory. Every wait is bounded; nothing here measures time.
 */
class ProcessTest {
    private static final Path BILINGUAL = Path.of("..", "seeds", "002_d7e8be9bf3798988.txt");
    private static final Path GOLD = Path.of("..", "seeds", "000.align");
    private static final String[] WORDS = {"river", "stone", "light", "morning", "quietly", "over", "the", "a"};
    /** Small enough that a few tens of thousands of sentences exhaust it within a second or two. */
    private static final List<String> SMALL_HEAP = List.of("-Xmx48m");

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code lines} English sentences of random words, one per line. */
    private Path sentences(String name, int lines) throws IOException {
        SplittableRandom random = new SplittableRandom(lines);
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                for (int k = 0; k < 8; k++) {
                    w.write(WORDS[random.nextInt(WORDS.length)]);
                    w.write(k < 7 ? " " : ".\n");
                }
            }
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment", "eval", "--help", "--version"})
    void aFullStandardOutputFailsTheCommand(String command) throws Exception {
        String[] args = switch (command) {
            case "align", "segment" -> new String[] {command, BILINGUAL.toString()};
            case "eval" -> new String[] {"eval", GOLD.toString(), GOLD.toString()};
            default -> new String[] {"align", command};
        };
        Path err = dir.resolve("err.txt");
        Cli.Result r = Subprocess.run(Subprocess.bitext(List.of(), err, args)
                .redirectOutput(new File("/dev/full")), err);
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("bitext: standard output: No space left on device\n");
    }

    @Test
    void aTerminationSignalRemovesTheTemporaryFileAndKeepsTheTarget() throws Exception {
        Path out = Cli.write(dir, "out.tmx", "old");
        Path fifo = dir.resolve("report.fifo");
        Subprocess.system("mkfifo", fifo.toString());
        Path err = dir.resolve("err.txt");
        // The report is a FIFO nobody reads: opening it blocks, after the temporary file of out.tmx exists.
        Process p = Subprocess.bitext(List.of(), err, "build-tm", "--quiet", "-o", out.toString(), "--report",
                fifo.toString(), BILINGUAL.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitTemporaryFile(p);
        } finally {
            p.destroy(); // SIGTERM
        }
        Cli.Result r = Subprocess.await(p, err);

        assertThat(r.exit()).as("killed by SIGTERM; stderr: %s", r.err()).isEqualTo(128 + 15);
        assertThat(names()).containsExactlyInAnyOrder("err.txt", "out.tmx", "report.fifo");
        assertThat(out).hasContent("old");
    }

    /** Waits (bounded) until the process has created its temporary file. */
    private void awaitTemporaryFile(Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Subprocess.TIMEOUT_SECONDS);
        while (names().stream().noneMatch(n -> n.startsWith(".out.tmx.") && n.endsWith(".tmp"))) {
            assertThat(p.isAlive()).as("process still running; stderr: %s",
                    Files.exists(dir.resolve("err.txt")) ? Files.readString(dir.resolve("err.txt")) : "").isTrue();
            assertThat(System.nanoTime()).as("temporary file created in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void runningOutOfMemoryWhileAligningIsOneLine() throws Exception {
        Path one = Cli.write(dir, "one.txt", "今天天气很好。\n");
        Path many = sentences("many.txt", 50_000);
        outOfMemory("bitext: out of memory aligning " + one + " and " + many + " (1 × 50000 sentences); "
                + "run with a larger -Xmx or split the input\n",
                "align", "--presegmented", "-o", dir.resolve("out.tmx").toString(), one.toString(), many.toString());
    }

    @Test
    void runningOutOfMemoryWhileBuildingIsOneLine() throws Exception {
        Path bilingual = sentences("bi.txt", 50_000);
        Files.writeString(bilingual, "今天天气很好。\n", StandardOpenOption.APPEND);
        Path out = dir.resolve("out.tmx");
        outOfMemory("bitext: out of memory building " + out + " from 1 document(s); "
                + "run with a larger -Xmx or split the input\n",
                "build-tm", "--quiet", "-o", out.toString(), bilingual.toString());
    }

    @Test
    void runningOutOfMemoryWhileSegmentingIsOneLine() throws Exception {
        // One line of 40 MB, far more than a 48 MB heap can hold with its decoded copy.
        Path line = dir.resolve("line.txt");
        try (Writer w = Files.newBufferedWriter(line, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 5_000_000; i++) {
                w.write("stone a ");
            }
        }
        outOfMemory("bitext: out of memory segmenting " + line + "; run with a larger -Xmx or split the input\n",
                "segment", "-o", dir.resolve("out.txt").toString(), line.toString());
    }

    private void outOfMemory(String expected, String... args) throws Exception {
        List<String> before = names();
        Path err = dir.resolve("err.txt");
        Cli.Result r = Subprocess.run(Subprocess.bitext(SMALL_HEAP, err, args)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD), err);
        assertThat(r.exit()).as("the input must exhaust %s: make it larger", SMALL_HEAP).isNotZero();
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(expected);
        List<String> after = names();
        assertThat(after).as("no output and no temporary file").containsExactlyInAnyOrderElementsOf(
                Stream.concat(before.stream(), Stream.of("err.txt")).distinct().toList());
    }
}
