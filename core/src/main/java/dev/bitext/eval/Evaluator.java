package dev.bitext.eval;

import dev.bitext.Bead;
import java.util.List;

/**
 * Strict and lax precision/recall of test beads against gold beads, as defined by Vecalign's score.py and
 * Bertalign's eval.py; and coarse (verse-level) accuracy.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /** The counts for one document; add them over documents with {@link Scores#plus}. */
    public static Scores score(List<Bead> gold, List<Bead> test) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Coarse accuracy counts: the number of gold beads whose sentences are covered exactly by the test beads
     * touching them, and the number of gold beads.
     *
     * @return {@code {hits, goldBeads}}
     */
    public static long[] coarse(List<Bead> gold, List<Bead> test) {
        throw new UnsupportedOperationException("TODO");
    }
}
