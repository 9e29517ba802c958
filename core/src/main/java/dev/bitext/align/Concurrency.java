package dev.bitext.align;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * When the search hands work to another thread: only when there is another processor and enough work for the
 * hop to pay (a task of a small document is done on the calling thread, where a new thread or a pool hop
 * would cost more than it saves). Results never depend on the choice. Stateless.
 */
final class Concurrency {
    /** Band cells below which a side task is done in place. */
    static final long MIN_ASYNC_CELLS = 200_000;

    /**
     * For tests: null follows the rule above; true or false sends every side task to another thread, or keeps
     * it here, whatever its size.
     */
    static volatile Boolean forced;

    private Concurrency() {
    }

    /** Whether a task over {@code cells} band cells is worth another thread. */
    static boolean worthAsync(long cells) {
        Boolean f = forced;
        if (f != null) {
            return f;
        }
        return cells >= MIN_ASYNC_CELLS && Runtime.getRuntime().availableProcessors() > 1;
    }

    /** {@code task} run on another thread when {@link #worthAsync} says so for {@code cells}, else at once here. */
    static <T> CompletableFuture<T> supply(long cells, Supplier<T> task) {
        return worthAsync(cells) ? CompletableFuture.supplyAsync(task) : CompletableFuture.completedFuture(task.get());
    }
}
