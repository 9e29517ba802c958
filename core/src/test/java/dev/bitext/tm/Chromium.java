package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs Debian's headless Chromium on a local page, for the review report's browser tests. */
final class Chromium {
    /** A hang guard only: a run normally takes a few seconds. */
    private static final long WAIT_SECONDS = 60;

    private Chromium() {
    }

    /** {@code /usr/bin/chromium}, else {@code chromium} on the PATH, else empty. */
    static Optional<Path> find() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs Chromium headless on {@code url} with a fresh profile in {@code work} and the extra arguments,
     * and returns what it printed on standard output; fails the test when it hangs or exits with an error.
     */
    static String run(Path chromium, Path work, String url, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile"), "--virtual-time-budget=3000"));
        command.addAll(List.of(extra));
        command.add(url);
        Path stdout = Files.createTempFile(work, "chromium", ".out");
        Path stderr = Files.createTempFile(work, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + WAIT_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue()).as("chromium exit status; stderr: %s",
                Files.readString(stderr, StandardCharsets.UTF_8)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
