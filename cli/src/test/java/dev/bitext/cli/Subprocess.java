package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a JVM of its own, for what cannot be done in-process: signals, a heap limit, a
 * standard output that is a device. Every wait is bounded; standard error goes to a file.
 */
final class Subprocess {
    /** Longest wait for a process before it is killed and the test fails (a hang, not a slow machine). */
    static final long TIMEOUT_SECONDS = 120;

    private Subprocess() {
    }

    /** A process running {@code bitext args...} with the JVM options {@code jvm}, stderr to {@code err}. */
    static ProcessBuilder bitext(List<String> jvm, Path err, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(err.toFile());
    }

    /** Starts {@code builder}, waits for it (bounded) and returns its exit code and standard error. */
    static Cli.Result run(ProcessBuilder builder, Path err) throws IOException, InterruptedException {
        Process process = builder.start();
        return await(process, err);
    }

    /** Waits for {@code process} (bounded; killed and failed on timeout); stdout is not captured. */
    static Cli.Result await(Process process, Path err) throws IOException, InterruptedException {
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        assertThat(ended).as("process ended within %d s", TIMEOUT_SECONDS).isTrue();
        return new Cli.Result(process.exitValue(), "", Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Runs a system command such as {@code mkfifo} (bounded) and checks that it succeeds. */
    static void system(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("%s ended", List.of(command)).isTrue();
        assertThat(p.exitValue()).as("exit code of %s", List.of(command)).isZero();
    }
}
