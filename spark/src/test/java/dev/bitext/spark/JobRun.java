package dev.bitext.spark;

import dev.bitext.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of a command in this JVM: its exit code and what it printed.
 *
 * @param exit the exit code
 * @param out  standard output
 * @param err  standard error
 */
record JobRun(int exit, String out, String err) {
    /** Runs the Spark job in the shared test session. */
    static JobRun job(String... args) {
        return run(new BuildTmJob(LocalSpark.session()), args);
    }

    /** Runs {@code bitext ARGS}. */
    static JobRun bitext(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new JobRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JobRun run(Object command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.execute(command, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new JobRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
