package dev.bitext.cli;

import dev.bitext.Language;
import dev.bitext.io.OutputFormat;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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

    /**
     * Runs the command line and exits the JVM with its exit code. Standard output is written through its file
     * descriptor, so that a write error is reported with the system's reason. A thread other than the
     * command's that dies for want of memory (a worker of the common pool) prints nothing: the command reports
     * it if it was affected.
     */
    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(Main::uncaught);
        System.exit(run(args, StandardOutput.of(new FileOutputStream(FileDescriptor.out)), System.err, debug()));
    }

    /**
     * Runs the command line with the given arguments, writing UTF-8 to {@code out} and {@code err}; stack
     * traces of internal errors are shown when the environment variable {@code BITEXT_DEBUG} is set.
     *
     * @return the exit code: {@link #OK}, {@link #FAILURE} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, debug());
    }

    /**
     * As {@link #run(String[], PrintStream, PrintStream)}, with stack traces shown when {@code debug}. A write
     * error on {@code out} (its {@link PrintStream#checkError() error flag}) stops the command: exit code 1
     * and {@code bitext: standard output: write failed}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean debug) {
        return run(args, StandardOutput.of(out), err, debug);
    }

    /**
     * Runs {@code command} (a picocli command of another bitext module, such as the Spark job) as the
     * {@code bitext} commands run: the same converters, error messages and exit codes ({@link #OK},
     * {@link #FAILURE}, {@link #USAGE}); stack traces only when {@code BITEXT_DEBUG} is set.
     *
     * @param command the picocli command object
     * @param args    its arguments
     * @param out     standard output
     * @param err     standard error
     * @return the exit code
     */
    public static int execute(Object command, String[] args, PrintStream out, PrintStream err) {
        return run(command, args, StandardOutput.of(out), err, debug());
    }

    /** Runs the command line with {@code stdout}; a failure of it ends the run with exit code 1 and one line. */
    static int run(String[] args, StandardOutput stdout, PrintStream err, boolean debug) {
        return run(BitextCommand.commandLine(args), args, stdout, err, debug);
    }

    private static int run(Object command, String[] args, StandardOutput stdout, PrintStream err, boolean debug) {
        return run(new CommandLine(command), args, stdout, err, debug);
    }

    /** Runs {@code cmd}, whose subcommands are all added already: the settings below reach only those. */
    private static int run(CommandLine cmd, String[] args, StandardOutput stdout, PrintStream err, boolean debug) {
        OutOfMemory.prepare();
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cmd
                .registerConverter(Language.class, Converters::language)
                .registerConverter(OutputFormat.class, Converters::format)
                .registerConverter(AlignFormat.class, Converters::alignFormat)
                .registerConverter(Charset.class, Converters::charset)
                .registerConverter(dev.bitext.doc.InputFormat.class, Converters::inputFormat)
                .setOut(stdout)
                .setErr(stderr)
                .setParameterExceptionHandler(ErrorHandlers::usageError)
                .setExecutionExceptionHandler(new ErrorHandlers.Failure(debug))
                .setExecutionStrategy(new ErrorHandlers.Guarded());
        try {
            int exit = cmd.execute(args);
            if (exit != OK || !stdout.checkError()) {
                return exit;
            }
            // Failed where nothing noticed it, such as the last line of a command's output.
            stderr.println("bitext: " + IoProblems.describe(stdout.failure().getCause()));
            return FAILURE;
        } finally {
            stderr.flush();
        }
    }

    private static void uncaught(Thread thread, Throwable e) {
        if (!OutOfMemory.isCause(e)) {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    private static boolean debug() {
        String debug = System.getenv("BITEXT_DEBUG");
        return debug != null && !debug.isEmpty();
    }
}
