package dev.bitext.align;

import dev.bitext.AlignmentInterruptedException;

/**
 * The thread whose interrupt stops a search, checked from whichever thread works for it (the search runs parts
 * of its passes on the common fork-join pool, whose threads do not see the caller's interrupt). The interrupt
 * status is read, never cleared. Immutable and thread-safe.
 *
 * @param owner the thread that asked for the search
 */
record Interruption(Thread owner) {
    /** The calling thread's. */
    static Interruption ofCurrentThread() {
        return new Interruption(Thread.currentThread());
    }

    /**
     * Returns when the owner is not interrupted.
     *
     * @throws AlignmentInterruptedException when it is
     */
    void check() {
        if (owner.isInterrupted()) {
            throw new AlignmentInterruptedException();
        }
    }
}
