package dev.bitext.align;

import java.util.List;

/**
 * The items of one side's sentences with what is needed to weigh them: for each item, the chance
 * {@code q} that a single sentence of the other side holds it anyway (its document frequency there), and
 * the probability {@code p} that an item of its kind finds its counterpart in a true pair. Only the first
 * {@value #MAX_ITEMS} items of a sentence count. Immutable.
 */
final class WeightedItems {
    static final int MAX_ITEMS = 64;
    private static final double MAX_BACKGROUND = 0.5;

    final List<SentenceItems> sentences;
    private final float[][] matchProbability;
    private final float[][] background;
    /** Per sentence and window size 1..maxSide, the table of {@link #logLikelihoodRatio(double[], long)}. */
    private final double[][][] tables;
    /**
     * Per sentence, the other side's key-index ids of its items' alternatives, flattened, and per item
     * where its ids start; keys the other side lacks are left out. Resolved once per weighing so that
     * the searches over successive bands need no hashing.
     */
    private final int[][] otherIds;
    private final int[][] itemStart;

    private WeightedItems(List<SentenceItems> sentences, float[][] p, float[][] q, int maxSide, int[][] otherIds,
                          int[][] itemStart) {
        this.sentences = sentences;
        this.otherIds = otherIds;
        this.itemStart = itemStart;
        this.matchProbability = p;
        this.background = q;
        this.tables = new double[sentences.size()][][];
        for (int s = 0; s < tables.length; s++) {
            tables[s] = new double[maxSide + 1][];
            for (int w = 1; w <= maxSide; w++) {
                tables[s][w] = table(s, w);
            }
        }
    }

    /**
     * Weighs {@code mine} (indexed by {@code mineIndex}) against the sentences of the other side, indexed by
     * {@code other} together with it (see {@link KeyIndex#pair}).
     *
     * @param matchProbability probability of a match in a true pair, indexed by {@link EvidenceKind#ordinal()}
     */
    static WeightedItems weigh(List<SentenceItems> mine, KeyIndex mineIndex, KeyIndex other, int otherSize,
                               double[] matchProbability, int maxSide) {
        int m = otherSize;
        float[][] p = new float[mine.size()][];
        float[][] q = new float[mine.size()][];
        int[][] ids = new int[mine.size()][];
        int[][] starts = new int[mine.size()][];
        for (int s = 0; s < mine.size(); s++) {
            SentenceItems items = mine.get(s);
            int count = Math.min(MAX_ITEMS, items.size());
            p[s] = new float[count];
            q[s] = new float[count];
            starts[s] = new int[count + 1];
            int[] found = new int[8];
            int n = 0;
            for (int k = 0; k < count; k++) {
                long c = 0;
                for (long alt : items.alternatives(k)) {
                    int id = mineIndex.idIn(s, items.keys(), alt);
                    if (id >= 0 && other.frequencyOf(id) > 0) {
                        c += other.frequencyOf(id);
                        if (n == found.length) {
                            found = java.util.Arrays.copyOf(found, n * 2);
                        }
                        found[n++] = id;
                    }
                }
                starts[s][k + 1] = n;
                q[s][k] = (float) Math.min(MAX_BACKGROUND, (Math.min(c, m) + 0.5) / (m + 1.0));
                p[s][k] = (float) Math.max(matchProbability[items.kind(k).ordinal()], q[s][k]);
            }
            ids[s] = java.util.Arrays.copyOf(found, n);
        }
        return new WeightedItems(mine, p, q, maxSide, ids, starts);
    }

    /**
     * For every sentence {@code t} of the other side in {@code [lo, hi]}, sets in {@code masks[t - lo]} bit k
     * when item k of sentence {@code s} is found in t.
     */
    void matchMasks(int s, KeyIndex other, int lo, int hi, long[] masks) {
        java.util.Arrays.fill(masks, 0, hi - lo + 1, 0L);
        int[] ids = otherIds[s];
        int[] from = itemStart[s];
        for (int k = 0; k + 1 < from.length; k++) {
            for (int x = from[k]; x < from[k + 1]; x++) {
                other.markId(ids[x], lo, hi, masks, 1L << k);
            }
        }
    }

    /**
     * The log-likelihood ratio that sentence {@code s} is paired with a window of {@code window} sentences
     * of the other side rather than unrelated, given which of its items the window holds ({@code mask}).
     * The background chance grows with the window: {@code 1 - (1 - q)^window}.
     */
    double logLikelihoodRatio(int s, long mask, int window) {
        return logLikelihoodRatio(tables[s][window], mask);
    }

    /** [ratio with no item found, then per item the gain of finding it] for a window size. */
    private double[] table(int s, int window) {
        float[] p = matchProbability[s];
        float[] q = background[s];
        double[] t = new double[p.length + 1];
        for (int k = 0; k < p.length; k++) {
            double qw = window == 1 ? q[k] : 1 - Math.pow(1 - q[k], window);
            double pk = Math.max(p[k], qw);
            double miss = Math.log((1 - pk) / (1 - qw));
            t[0] += miss;
            t[k + 1] = Math.log(pk / qw) - miss;
        }
        return t;
    }

    /** The per-window tables of sentence s, indexed by window size (see {@link #logLikelihoodRatio}). */
    double[][] tables(int s) {
        return tables[s];
    }

    /** {@link #logLikelihoodRatio} from a precomputed table. */
    static double logLikelihoodRatio(double[] table, long mask) {
        double llr = table[0];
        for (long bits = mask; bits != 0; bits &= bits - 1) {
            llr += table[1 + Long.numberOfTrailingZeros(bits)];
        }
        return llr;
    }

    int size() {
        return sentences.size();
    }
}
