package dev.bitext.cli;

import dev.bitext.Language;
import dev.bitext.io.OutputFormat;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code bitext} command line.
 *
 * <p>Exit codes: 0 success, 1 bad input or failure (one line on standard error), 2 usage error. Stateless;
 * {@link #run} may be called from several threads as long as each call has its own streams.
 */
public final class Main {
    /** Exit code of a successful run. */
    public static final int OK = 0;
    /** Exit code for bad input and every other failure. */
    public static final int FAILURE = 1;
    /** Exit code for a usage error: unknown option, missing or malformed parameter. */
    public static final int USAGE = 2;

    private Main() {
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line with the given arguments, writing UTF-8 to {@code out} and {@code err}; stack
     * traces of internal errors are shown when the environment variable {@code BITEXT_DEBUG} is set.
     *
     * @return the exit code: {@link #OK}, {@link #FAILURE} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String debug = System.getenv("BITEXT_DEBUG");
        return run(args, out, err, debug != null && !debug.isEmpty());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with stack traces shown when {@code debug}. */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean debug) {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cmd = new CommandLine(new BitextCommand())
                .registerConverter(Language.class, Converters::language)
                .registerConverter(OutputFormat.class, Converters::format)
                .registerConverter(Charset.class, Converters::charset)
                .setOut(stdout)
                .setErr(stderr)
                .setParameterExceptionHandler(ErrorHandlers::usageError)
                .setExecutionExceptionHandler(new ErrorHandlers.Failure(debug));
        try {
            return cmd.execute(args);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
