package dev.bitext.align;

import java.util.ArrayList;
import java.util.List;

/**
 * How well each side of a bead is translated by the other under a {@link TranslationTable}: for every token
 * of every sentence, the log of (a floor plus) the best probability that a token of the other side's
 * sentences translates it, summed over both sides. Merging a sentence into a bead thus pays only where its
 * tokens find their translations there, and a sentence left unpaired pays the floor for every token.
 * Splitting or merging keeps the tokens counted, so scores of different bead sequences over the same
 * sentences compare directly.
 *
 * <p>The best probabilities of a sentence pair are computed on first use and kept: not thread-safe, one
 * instance per document pair and thread.
 */
final class Coverage {
    private static final double FLOOR = TranslationTable.MIN_PROBABILITY;
    private static final double LOG_FLOOR = Math.log(FLOOR);

    private final TranslationTable table;
    private final int[][] source;
    private final int[][] target;
    /** Sentence pair (k, l) to its index in {@link #bests}, for both sides (the target side's keys offset). */
    private final LongIntMap memo = new LongIntMap(1 << 10);
    private final List<Best> bests = new ArrayList<>();
    /** A sentence against a run of two or more sentences of the other side: its index in {@link #sideSums}. */
    private final LongIntMap sideMemo = new LongIntMap(1 << 10);
    private double[] sideSums = new double[1 << 10];
    private int sideCount;

    private Coverage(Coverage of) {
        this.table = of.table;
        this.source = of.source;
        this.target = of.target;
    }

    /** {@return a coverage of the same sentences with a memory of its own, for use on another thread} */
    Coverage fresh() {
        return new Coverage(this);
    }

    /** The coverage of the sentences whose tokens ({@link Tokens}) are {@code source} and {@code target}. */
    Coverage(TranslationTable table, List<long[]> source, List<long[]> target) {
        this.table = table;
        this.source = ids(source, true);
        this.target = ids(target, false);
    }

    private int[][] ids(List<long[]> tokens, boolean sourceSide) {
        int[][] out = new int[tokens.size()][];
        for (int k = 0; k < out.length; k++) {
            long[] keys = tokens.get(k);
            int[] ids = new int[keys.length];
            int n = 0;
            for (long key : keys) {
                int id = sourceSide ? table.sourceId(key) : table.targetId(key);
                if (id >= 0) {
                    ids[n++] = id;
                }
            }
            out[k] = java.util.Arrays.copyOf(ids, n);
            java.util.Arrays.sort(out[k]);
        }
        return out;
    }

    /**
     * The log-probability score (at most 0) of a bead of source sentences {@code [i, i + a)} and target
     * sentences {@code [j, j + b)}.
     */
    double score(int i, int a, int j, int b) {
        double sum = 0;
        for (int k = i; k < i + a; k++) {
            sum += side(source[k], k, j, b, true);
        }
        for (int l = j; l < j + b; l++) {
            sum += side(target[l], l, i, a, false);
        }
        return sum;
    }

    /**
     * The sum over the tokens of sentence {@code k} of the log of their best translation in sentences
     * {@code [from, from + count)} of the other side.
     */
    private double side(int[] tokens, int k, int from, int count, boolean sourceSide) {
        if (count == 1) {
            return best(k, from, sourceSide).logSum;
        }
        if (count == 0) {
            return tokens.length * LOG_FLOOR;
        }
        // the same sentence against the same run of the other side recurs in beads of several shapes
        long key = ((long) k << 34) | ((long) from << 4) | ((long) count << 1) | (sourceSide ? 1 : 0);
        int at = sideMemo.getOrPut(key, sideCount);
        if (at < sideCount) {
            return sideSums[at];
        }
        Best[] parts = new Best[count];
        for (int l = 0; l < count; l++) {
            parts[l] = best(k, from + l, sourceSide);
        }
        double sum = 0;
        for (int x = 0; x < tokens.length; x++) {
            float best = 0;
            for (Best p : parts) {
                best = Math.max(best, p.probability[x]);
            }
            sum += Math.log(FLOOR + best);
        }
        if (sideCount == sideSums.length) {
            sideSums = java.util.Arrays.copyOf(sideSums, sideCount * 2);
        }
        sideSums[sideCount++] = sum;
        return sum;
    }

    /**
     * For each token of sentence {@code k}, its best probability of being translated by a token of sentence
     * {@code l} of the other side, and the sum of their logs.
     */
    private Best best(int k, int l, boolean sourceSide) {
        long key = ((long) k << 32) | l | (sourceSide ? 0 : Long.MIN_VALUE);
        int at = memo.getOrPut(key, bests.size());
        Best found = at < bests.size() ? bests.get(at) : null;
        if (found == null) {
            int[] mine = sourceSide ? source[k] : target[k];
            int[] other = sourceSide ? target[l] : source[l];
            float[] p = new float[mine.length];
            double logSum = 0;
            for (int x = 0; x < mine.length; x++) {
                p[x] = sourceSide ? table.bestForSource(mine[x], other) : table.bestForTarget(mine[x], other);
                logSum += Math.log(FLOOR + p[x]);
            }
            found = new Best(p, logSum);
            bests.add(found);
        }
        return found;
    }

    /** A sentence's tokens' best probabilities against one sentence of the other side, and the sum of their logs. */
    private record Best(float[] probability, double logSum) {
    }
}
