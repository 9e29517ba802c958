package dev.bitext;

import java.util.concurrent.CancellationException;

/**
 * Thrown by {@link Aligner#align}, {@link Aligner#alignAll} and
 * {@link dev.bitext.tm.TranslationMemoryBuilder#build} when the calling thread is interrupted while they work:
 * they stop at the next check (between the search's passes and inside its longer loops) and return no result.
 * The thread's interrupt status stays set, so that the caller's own code still sees the interrupt.
 *
 * <p>A {@link CancellationException}, so code that already handles cancelled tasks handles this too.
 * Immutable and thread-safe.
 */
public class AlignmentInterruptedException extends CancellationException {
    private static final long serialVersionUID = 1L;

    /** With a message saying that aligning was interrupted. */
    public AlignmentInterruptedException() {
        super("interrupted while aligning");
    }
}
