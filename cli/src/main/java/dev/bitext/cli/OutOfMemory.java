package dev.bitext.cli;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Running out of memory anywhere in a command, reported as one line: {@code out of memory ACTIVITY; run with a
 * larger -Xmx or split the input}, ACTIVITY from the command's {@link Activity}. The error may arrive from a
 * worker thread and wrapped (an {@code ExecutionException}, a {@code CompletionException}, an
 * {@code ExceptionInInitializerError}): the whole chain of causes is searched. So that the line can still be
 * printed, a small reserve of memory is held between runs and let go when the error is reported, and the JDK
 * classes that are otherwise loaded only on the failure path (whose loading would fail for want of memory and
 * hide the real error behind a {@code NoClassDefFoundError}) are loaded in advance. Thread-safe.
 */
final class OutOfMemory {
    private static final int RESERVE_BYTES = 2 << 20;
    private static final AtomicReference<byte[]> RESERVE = new AtomicReference<>();
    /** Loaded lazily by the JDK when a task first fails or waits, which can be in the middle of running out. */
    private static final String[] FAILURE_PATH_CLASSES = {
        "java.util.concurrent.ForkJoinTask$Aux", "java.util.concurrent.CompletionException",
        "java.util.concurrent.ExecutionException", "java.util.concurrent.CompletableFuture$AltResult",
    };

    static {
        for (String name : FAILURE_PATH_CLASSES) {
            try {
                Class.forName(name, true, null);
            } catch (ClassNotFoundException | LinkageError e) {
                // Another JDK: nothing to load in advance.
            }
        }
    }

    private OutOfMemory() {
    }

    /** Prepares a run: takes the reserve back if the last report let it go (and memory allows). */
    static void prepare() {
        if (RESERVE.get() == null) {
            try {
                RESERVE.compareAndSet(null, new byte[RESERVE_BYTES]);
            } catch (OutOfMemoryError e) {
                // No reserve this time.
            }
        }
    }

    /** Whether {@code failure}, or anything in its chain of causes and suppressed exceptions, is out of memory. */
    static boolean isCause(Throwable failure) {
        return isCause(failure, 0);
    }

    private static boolean isCause(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (t instanceof OutOfMemoryError) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isCause(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isCause(t.getCause(), depth + 1);
    }

    /**
     * The line to print (without {@code bitext: }) for running out of memory in {@code command}; lets go of
     * the reserve first.
     */
    static String message(Object command) {
        RESERVE.set(null);
        String activity = command instanceof Activity a ? a.activity() : null;
        StringBuilder line = new StringBuilder("out of memory");
        if (activity != null) {
            line.append(' ').append(activity);
        }
        return line.append("; run with a larger -Xmx or split the input").toString();
    }
}
