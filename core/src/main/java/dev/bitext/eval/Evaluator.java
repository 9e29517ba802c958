package dev.bitext.eval;

import dev.bitext.Bead;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Strict and lax precision/recall of test beads against gold beads, as defined by Vecalign's score.py and
 * Bertalign's eval.py; and coarse (verse-level) accuracy.
 *
 * <p>Precision counts the distinct test beads (1-0 and 0-1 included; duplicates counted once): a strict hit
 * is a bead found exactly in gold; a lax hit is a strict hit, or a bead with both sides non-empty that shares
 * a source sentence and a target sentence with one and the same gold bead. Recall is the same computation
 * with gold and test swapped, after removing every bead with an empty side from both.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /** The counts for one document; add them over documents with {@link Scores#plus}. */
    public static Scores score(List<Bead> gold, List<Bead> test) {
        Set<BeadMatch.Key> goldAll = BeadMatch.distinct(gold, k -> true);
        Set<BeadMatch.Key> testAll = BeadMatch.distinct(test, k -> true);
        BeadMatch.Counts precision = BeadMatch.count(goldAll, testAll);
        Set<BeadMatch.Key> goldPairs = BeadMatch.distinct(gold, k -> !k.hasEmptySide());
        Set<BeadMatch.Key> testPairs = BeadMatch.distinct(test, k -> !k.hasEmptySide());
        BeadMatch.Counts recall = BeadMatch.count(testPairs, goldPairs);
        return new Scores(precision.beads(), precision.strict(), precision.lax(),
                recall.beads(), recall.strict(), recall.lax());
    }

    /**
     * Coarse accuracy counts: the number of gold beads whose sentences are covered exactly by the test beads
     * touching them, and the number of gold beads.
     *
     * @return {@code {hits, goldBeads}}
     */
    public static long[] coarse(List<Bead> gold, List<Bead> test) {
        return CoarseMatch.count(gold, test);
    }

    /**
     * Scores every ladder file of {@code testDir} against the gold file of the same name in {@code goldDir}
     * and sums the counts (micro-average). Hidden files and subdirectories are ignored.
     *
     * @throws dev.bitext.BitextException if a directory is missing or empty, a file exists in only one of
     *                                    them (the message names them all), or a ladder file is malformed
     * @throws IOException                if a file cannot be read
     */
    public static Scores scoreDirectories(Path goldDir, Path testDir) throws IOException {
        Scores total = Scores.ZERO;
        for (String name : LadderPairs.names(goldDir, testDir)) {
            total = total.plus(score(Ladder.read(goldDir.resolve(name)), Ladder.read(testDir.resolve(name))));
        }
        return total;
    }
}
