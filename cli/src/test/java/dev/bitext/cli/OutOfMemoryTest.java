package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Running out of memory, thrown or wrapped, is one line naming what the command was doing. */
class OutOfMemoryTest {
    @Command(name = "fake")
    static final class Failing implements Callable<Integer>, Activity {
        private final Throwable failure;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public String activity() {
            return "aligning a.txt and b.txt (1 × 2 sentences)";
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    /** Runs a command failing with {@code failure} as Main sets up the command line; returns stderr. */
    private static String run(Throwable failure) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new Failing(failure))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new ErrorHandlers.Failure(false))
                .setExecutionStrategy(new ErrorHandlers.Guarded())
                .execute();
        assertThat(exit).isEqualTo(Main.FAILURE);
        return err.toString();
    }

    private static final String LINE = "bitext: out of memory aligning a.txt and b.txt (1 × 2 sentences); "
            + "run with a larger -Xmx or split the input" + System.lineSeparator();

    @Test
    void anErrorThrownByTheCommandIsOneLine() {
        assertThat(run(new OutOfMemoryError("Java heap space"))).isEqualTo(LINE);
    }

    @Test
    void anErrorWrappedByAWorkerIsOneLine() {
        assertThat(run(new ExecutionException(new CompletionException(new OutOfMemoryError())))).isEqualTo(LINE);
        assertThat(run(new IllegalStateException(new OutOfMemoryError()))).isEqualTo(LINE);
    }

    @Test
    void aClassThatCouldNotBeInitialisedForWantOfMemoryIsOneLine() {
        NoClassDefFoundError hidden = new NoClassDefFoundError("java/util/concurrent/ForkJoinTask$Aux");
        hidden.initCause(new ExceptionInInitializerError(new OutOfMemoryError()));
        assertThat(run(hidden)).isEqualTo(LINE);
        RuntimeException suppressing = new RuntimeException("while cleaning up");
        suppressing.addSuppressed(new OutOfMemoryError());
        assertThat(run(suppressing)).isEqualTo(LINE);
    }

    @Test
    void otherFailuresAreNotOutOfMemory() {
        assertThat(OutOfMemory.isCause(new StackOverflowError())).isFalse();
        assertThat(OutOfMemory.isCause(new ExecutionException(new IllegalStateException()))).isFalse();
        assertThat(run(new IllegalStateException("bug"))).startsWith("bitext: internal error: ");
    }

    @Test
    void withoutAnActivityTheLineStillSaysWhatToDo() {
        assertThat(OutOfMemory.message(new Object()))
                .isEqualTo("out of memory; run with a larger -Xmx or split the input");
    }
}
