package dev.bitext.align;

/**
 * Evidence gains of the sentence pairs a banded search can put in one bead: for source sentence
 * {@code s} and target sentence {@code t}, the gain of the items of s found in t and of the items of t
 * found in s. Only pairs near the band are stored, so memory is linear. Immutable after construction.
 */
final class PairGains {
    private final int[] first;
    private final int[] start;
    private final float[] sourceGain;
    private final float[] targetGain;

    PairGains(Band band, int maxSide, WeightedItems source, WeightedItems target) {
        int n = source.size();
        int m = target.size();
        first = new int[n + 1];
        start = new int[n + 1];
        int total = 0;
        for (int s = 0; s < n; s++) {
            int lo = Math.max(0, band.lo(Math.max(0, s - maxSide + 1)));
            int hi = Math.min(m - 1, band.hi(Math.min(n, s + 1)) + maxSide);
            first[s] = lo;
            start[s] = total;
            total += Math.max(0, hi - lo + 1);
        }
        start[n] = total;
        sourceGain = new float[total];
        targetGain = new float[total];
        for (int s = 0; s < n; s++) {
            for (int t = first[s], p = start[s]; p < start[s + 1]; t++, p++) {
                SentenceItems ts = target.sentences.get(t);
                SentenceItems ss = source.sentences.get(s);
                sourceGain[p] = (float) source.gainIn(s, ts);
                targetGain[p] = (float) target.gainIn(t, ss);
            }
        }
    }

    private int slot(int s, int t) {
        int p = start[s] + t - first[s];
        return t < first[s] || p >= start[s + 1] ? -1 : p;
    }

    /** Gain of the items of source sentence s found in target sentence t (0 outside the stored pairs). */
    double sourceGain(int s, int t) {
        int p = slot(s, t);
        return p < 0 ? 0 : sourceGain[p];
    }

    /** Gain of the items of target sentence t found in source sentence s (0 outside the stored pairs). */
    double targetGain(int s, int t) {
        int p = slot(s, t);
        return p < 0 ? 0 : targetGain[p];
    }
}
