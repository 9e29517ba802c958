package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns exceptions and errors into one line on standard error and an exit code. */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    /** A usage error: {@code bitext: <problem> (see 'bitext align --help')}, exit code 2. */
    static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        if (ex instanceof UnmatchedArgumentException unmatched && isUnknownCommand(unmatched)) {
            return unknownCommand(unmatched);
        }
        cmd.getErr().println("bitext: " + oneLine(ex.getMessage())
                + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return Main.USAGE;
    }

    /** Whether the top-level command met a word that names no subcommand ({@code bitext alig}). */
    private static boolean isUnknownCommand(UnmatchedArgumentException ex) {
        CommandLine cmd = ex.getCommandLine();
        return cmd.getParent() == null && !cmd.getSubcommands().isEmpty() && !ex.isUnknownOption()
                && !ex.getUnmatched().isEmpty();
    }

    /**
     * {@code bitext: unknown command 'alig'; did you mean 'align'?} naming the closest command
     * ({@link CommandSuggestion}, else the first of picocli's suggestions, which come best first), else {@code bitext: unknown command 'translate' (see 'bitext --help')};
     * exit code 2.
     */
    private static int unknownCommand(UnmatchedArgumentException ex) {
        CommandLine cmd = ex.getCommandLine();
        String word = ex.getUnmatched().get(0);
        Optional<String> closest = CommandSuggestion.closest(word, cmd.getSubcommands().keySet())
                .or(() -> ex.getSuggestions().stream().filter(cmd.getSubcommands()::containsKey).findFirst());
        String hint = closest.map(name -> "; did you mean '" + name + "'?")
                .orElse(" (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        cmd.getErr().println("bitext: unknown command '" + word + "'" + hint);
        return Main.USAGE;
    }

    /** Prints {@code bitext: warning: <message>} on one line of the command's standard error. */
    static void warn(CommandLine cmd, String message) {
        cmd.getErr().println("bitext: warning: " + oneLine(message));
    }

    /** Prints {@code bitext: note: <message>} on one line of the command's standard error. */
    static void note(CommandLine cmd, String message) {
        cmd.getErr().println("bitext: note: " + oneLine(message));
    }

    /** Reports bad input and internal errors on one line, exit code 1; immutable and thread-safe. */
    static final class Failure implements IExecutionExceptionHandler {
        private final boolean debug;

        /** Shows stack traces of internal errors when {@code debug}. */
        Failure(boolean debug) {
            this.debug = debug;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            if (OutOfMemory.isCause(ex)) {
                return outOfMemory(cmd);
            }
            String userProblem = userProblem(ex);
            if (userProblem != null) {
                err.println("bitext: " + oneLine(userProblem));
                return Main.FAILURE;
            }
            err.println("bitext: internal error: " + oneLine(ex.toString())
                    + (debug ? "" : " (set BITEXT_DEBUG=1 for details)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            return Main.FAILURE;
        }

        /** The message for a problem with the user's input or files, or null for an internal error. */
        private static String userProblem(Exception ex) {
            if (ex instanceof BitextException) {
                return ex.getMessage();
            }
            if (ex instanceof UncheckedIOException u) {
                return IoProblems.describe(u.getCause());
            }
            if (ex instanceof IOException io) {
                return IoProblems.describe(io);
            }
            return null;
        }
    }

    /**
     * Runs the command as picocli's {@link RunLast} does, and reports on one line, exit code 1, what would
     * otherwise escape as a stack trace: running out of memory (an {@link Error} thrown by a command never
     * reaches the {@link Failure} handler, which is given exceptions only) and a failure of standard output
     * while printing help or the version. Immutable and thread-safe.
     */
    static final class Guarded implements IExecutionStrategy {
        @Override
        public int execute(ParseResult parsed) {
            try {
                return new RunLast().execute(parsed);
            } catch (ParameterException | ExecutionException e) {
                throw e; // Reported by the handlers.
            } catch (RuntimeException | Error e) {
                CommandLine cmd = executed(parsed).commandSpec().commandLine();
                if (OutOfMemory.isCause(e)) {
                    return outOfMemory(cmd);
                }
                if (StandardOutput.isFailure(e)) {
                    cmd.getErr().println("bitext: " + IoProblems.describe(((UncheckedIOException) e).getCause()));
                    return Main.FAILURE;
                }
                throw e;
            }
        }

        private static ParseResult executed(ParseResult parsed) {
            ParseResult last = parsed;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            return last;
        }
    }

    private static int outOfMemory(CommandLine cmd) {
        cmd.getErr().println("bitext: " + OutOfMemory.message(cmd.getCommand()));
        return Main.FAILURE;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
