package dev.bitext.align;

/**
 * For every sentence of one side, the evidence log-likelihood ratio against each window of 1 to
 * {@code maxSide} consecutive sentences of the other side that a bead in the band can pair it with.
 * Only windows near the band are stored, so memory is linear. Immutable after construction.
 */
final class WindowGains {
    private final int maxSide;
    private final int[] first;
    private final int[] start;
    private final float[] value;

    /**
     * @param firstStart for each sentence, the first window start to store
     * @param lastStart  for each sentence, the last window start to store
     */
    WindowGains(WeightedItems mine, KeyIndex other, int otherSize, int maxSide, int[] firstStart, int[] lastStart) {
        this.maxSide = maxSide;
        int n = mine.size();
        int m = otherSize;
        first = firstStart;
        start = new int[n + 1];
        int total = 0;
        for (int s = 0; s < n; s++) {
            start[s] = total;
            total += Math.max(0, lastStart[s] - firstStart[s] + 1) * maxSide;
        }
        start[n] = total;
        value = new float[total];
        long[] masks = new long[0];
        int[] cursors = other.cursors(); // window starts never decrease from one sentence to the next
        for (int s = 0; s < n; s++) {
            int lo = firstStart[s];
            int hi = Math.min(m - 1, lastStart[s] + maxSide - 1);
            if (hi < lo) {
                continue;
            }
            if (masks.length < hi - lo + 1) {
                masks = new long[hi - lo + 1];
            }
            mine.matchMasks(s, other, lo, hi, masks, cursors);
            float[] tables = mine.tables();
            for (int t0 = lo, p = start[s]; p < start[s + 1]; t0++) {
                long mask = 0;
                for (int w = 1; w <= maxSide; w++, p++) {
                    int t = t0 + w - 1;
                    if (t < m && t <= hi) {
                        mask |= masks[t - lo];
                    }
                    value[p] = (float) WeightedItems.logLikelihoodRatio(tables, mine.tableStart(s, w), mask);
                }
            }
        }
    }

    /** The ratio of sentence {@code s} against the window {@code [t0, t0 + width)}; 0 outside what is stored. */
    double get(int s, int t0, int width) {
        int p = start[s] + (t0 - first[s]) * maxSide + width - 1;
        return t0 < first[s] || p >= start[s + 1] ? 0 : value[p];
    }

    /**
     * Leaves out the sentences whose windows start only in rows the search does not visit: a sentence keeps
     * its range when a row in {@code [rowFrom(s), rowTo(s)]} is active, given {@code activePrefix[r]}, the
     * number of active rows below r ({@code null}: every row is active).
     */
    static int[][] restrict(int[][] ranges, int[] activePrefix, int[] rowFrom, int[] rowTo) {
        if (activePrefix == null) {
            return ranges;
        }
        int[] lo = ranges[0].clone();
        int[] hi = ranges[1].clone();
        for (int s = 0; s < lo.length; s++) {
            if (activePrefix[rowTo[s] + 1] == activePrefix[rowFrom[s]]) {
                lo[s] = 1;
                hi[s] = 0;
            }
        }
        return new int[][] {lo, hi};
    }

    /**
     * For every window end j in {@code [jFrom, jTo]}, subtracts {@code scale} times the ratio of sentence
     * {@code s} against the window {@code [j - width, j)} from {@code out[j - outBase]} (nothing where the
     * window is not stored): {@link #get} along a row, without its per-call checks.
     */
    void subtractWindows(int s, int width, int jFrom, int jTo, double[] out, int outBase, double scale) {
        // stored window starts run from first[s]; the last stored start is limited by start[s + 1]
        int lastStart = first[s] + (start[s + 1] - start[s]) / maxSide - 1;
        int from = Math.max(jFrom, first[s] + width);
        int to = Math.min(jTo, lastStart + width);
        int p = start[s] + (from - width - first[s]) * maxSide + width - 1;
        for (int j = from; j <= to; j++, p += maxSide) {
            out[j - outBase] -= scale * value[p];
        }
    }

    /** Window starts a source sentence needs: from the band's rows that can hold a bead containing it. */
    static int[][] sourceRanges(Band band, int maxSide) {
        int n = band.n;
        int[] lo = new int[n];
        int[] hi = new int[n];
        for (int s = 0; s < n; s++) {
            lo[s] = band.lo(Math.max(0, s - maxSide + 1));
            hi[s] = Math.min(band.m - 1, band.hi(s));
        }
        return new int[][] {lo, hi};
    }

    /** Window starts a target sentence needs: the band's rows whose columns reach it. */
    static int[][] targetRanges(Band band, int maxSide) {
        int n = band.n;
        int m = band.m;
        int[] lo = new int[m];
        int[] hi = new int[m];
        int rowLo = 0;
        int rowHi = 0;
        for (int t = 0; t < m; t++) {
            // first row whose hi reaches t - maxSide + 1, last row whose lo is at most t
            while (rowLo < n && band.hi(rowLo) < t - maxSide + 1) {
                rowLo++;
            }
            while (rowHi < n && band.lo(rowHi + 1) <= t) {
                rowHi++;
            }
            lo[t] = Math.min(rowLo, n - 1);
            hi[t] = Math.min(Math.max(rowHi, lo[t]), n - 1);
        }
        return new int[][] {lo, hi};
    }
}
