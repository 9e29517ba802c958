package dev.bitext.align;

import java.util.Arrays;
import java.util.List;

/**
 * The items of one side's sentences with what is needed to weigh them: for each item, the chance
 * {@code q} that a single sentence of the other side holds it anyway (its document frequency there), and
 * the probability {@code p} that an item of its kind finds its counterpart in a true pair. Only the first
 * {@value #MAX_ITEMS} items of a sentence count. Immutable.
 *
 * <p>The ratio tables are single precision (the window ratios built from them are stored so anyway).
 * Everything is stored flat, in a few arrays for the whole side with per-sentence offsets: a document of
 * tens of thousands of sentences then costs the garbage collector a handful of objects, not a dozen per
 * sentence.
 */
final class WeightedItems {
    static final int MAX_ITEMS = 64;
    private static final double MAX_BACKGROUND = 0.5;

    private final int size;
    private final int maxSide;
    /** Items of sentence s: {@code item[s]} to {@code item[s + 1]}, indexes into the per-item arrays. */
    private final int[] item;
    /** Per item, where its ids start in {@link #otherIds} ({@code idStart[item + 1]} ends them). */
    private final int[] idStart;
    /**
     * The other side's key ids of every item's alternatives; keys the other side lacks are left out.
     * Resolved once per weighing so that the searches over successive bands need no hashing.
     */
    private final int[] otherIds;
    /**
     * Per sentence and window size 1..maxSide, the table of {@link #logLikelihoodRatio(double[], int, long)}:
     * for sentence s with c items and window w it starts at {@code (item[s] + s) * maxSide + (w - 1) * (c + 1)}.
     */
    private final float[] tables;

    private WeightedItems(int size, int maxSide, int[] item, int[] idStart, int[] otherIds, float[] p, float[] q,
                          float[] weights) {
        this.size = size;
        this.maxSide = maxSide;
        this.item = item;
        this.idStart = idStart;
        this.otherIds = otherIds;
        this.tables = new float[(item[size] + size) * maxSide];
        ItemTerms terms = new ItemTerms(maxSide);
        double[] none = new double[maxSide];
        for (int s = 0; s < size; s++) {
            fillTables(s, p, q, weights, terms, none);
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
        int n = mine.size();
        int[] item = new int[n + 1];
        for (int s = 0; s < n; s++) {
            item[s + 1] = item[s] + Math.min(MAX_ITEMS, mine.get(s).size());
        }
        float[] p = new float[item[n]];
        float[] q = new float[item[n]];
        float[] w = new float[item[n]];
        int[] idStart = new int[item[n] + 1];
        int[] found = new int[Math.max(16, item[n])];
        int ids = 0;
        for (int s = 0; s < n; s++) {
            SentenceItems items = mine.get(s);
            for (int k = 0; k < item[s + 1] - item[s]; k++) {
                long c = 0;
                boolean adjacent = items.kind(k).adjacentAlternatives;
                for (int a = items.from(k); a < items.to(k); a++) {
                    int id = mineIndex.idIn(s, items.keys(), items.alternative(a));
                    if (id >= 0 && other.frequencyOf(id) > 0) {
                        c = adjacent ? Math.max(c, other.frequencyOf(id)) : c + other.frequencyOf(id);
                        if (ids == found.length) {
                            found = Arrays.copyOf(found, ids * 2);
                        }
                        found[ids++] = id;
                    }
                }
                int x = item[s] + k;
                idStart[x + 1] = ids;
                q[x] = (float) Math.min(MAX_BACKGROUND, (Math.min(c, m) + 0.5) / (m + 1.0));
                p[x] = (float) Math.max(matchProbability[items.kind(k).ordinal()], q[x]);
                w[x] = items.kind(k).weight;
            }
        }
        return new WeightedItems(n, maxSide, item, idStart, Arrays.copyOf(found, ids), p, q, w);
    }

    /**
     * For every sentence {@code t} of the other side in {@code [lo, hi]}, sets in {@code masks[t - lo]} bit k
     * when item k of sentence {@code s} is found in t. Called for ascending s with non-decreasing {@code lo},
     * sharing {@code cursors} ({@link KeyIndex#cursors()}).
     */
    void matchMasks(int s, KeyIndex other, int lo, int hi, long[] masks, int[] cursors) {
        Arrays.fill(masks, 0, hi - lo + 1, 0L);
        for (int x = item[s]; x < item[s + 1]; x++) {
            long bit = 1L << (x - item[s]);
            for (int y = idStart[x]; y < idStart[x + 1]; y++) {
                other.markId(otherIds[y], lo, hi, masks, bit, cursors);
            }
        }
    }

    /**
     * Fills the tables of sentence s for every window size w: [ratio with no item found, then per item the gain
     * of finding it]. The background chance grows with the window: {@code 1 - (1 - q)^window} (see
     * {@link ItemTerms}); {@code none} is scratch of maxSide entries.
     */
    private void fillTables(int s, float[] p, float[] q, float[] weights, ItemTerms terms, double[] none) {
        java.util.Arrays.fill(none, 0.0);
        for (int x = item[s]; x < item[s + 1]; x++) {
            int e = terms.entry(p[x], q[x], weights[x]);
            for (int window = 1; window <= maxSide; window++) {
                none[window - 1] += terms.miss(e, window);
                tables[tableStart(s, window) + 1 + x - item[s]] = terms.gain(e, window);
            }
        }
        for (int window = 1; window <= maxSide; window++) {
            tables[tableStart(s, window)] = (float) none[window - 1];
        }
    }

    /** Where the table of sentence s for window size w starts in {@link #tables()}. */
    int tableStart(int s, int window) {
        return (item[s] + s) * maxSide + (window - 1) * (item[s + 1] - item[s] + 1);
    }

    /** All tables, flat (see {@link #tableStart}). Not to be modified. */
    float[] tables() {
        return tables;
    }

    /**
     * The log-likelihood ratio that a sentence is paired with a window of the other side rather than
     * unrelated, given which of its items the window holds ({@code mask}), from its table at {@code at}.
     */
    static double logLikelihoodRatio(float[] tables, int at, long mask) {
        double llr = tables[at];
        for (long bits = mask; bits != 0; bits &= bits - 1) {
            llr += tables[at + 1 + Long.numberOfTrailingZeros(bits)];
        }
        return llr;
    }

    int size() {
        return size;
    }
}
