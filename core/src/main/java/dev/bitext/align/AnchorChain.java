package dev.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The confident anchor pairs of a document pair, found recursively: within a segment of both documents,
 * sentence pairs sharing an item key that is rare in that segment on both sides, kept when another such
 * pair confirms them, reduced to the longest chain monotone on both sides; then the same inside every
 * stretch between two chained pairs, where keys common in the whole text (a name that recurs through a
 * book) become rare again. The first search runs in a band around the path through them.
 */
final class AnchorChain {
    /** Segments shorter than this on either side are not searched further. */
    private static final int MIN_SEGMENT = 24;

    private AnchorChain() {
    }

    /**
     * Lattice points of a monotone path from (0,0) to (n,m) through the chained anchor pairs, straight
     * between them; with no anchors, the diagonal.
     */
    static Path guide(RareKeyPairs pairs, int n, int m) {
        List<long[]> points = new ArrayList<>();
        points.add(new long[] {0, 0});
        segment(pairs, 0, n, 0, m, points);
        points.add(new long[] {n, m});
        int[] pi = new int[points.size()];
        int[] pj = new int[points.size()];
        for (int k = 0; k < pi.length; k++) {
            pi[k] = (int) points.get(k)[0];
            pj[k] = (int) points.get(k)[1];
        }
        return staircase(pi, pj);
    }

    /** Adds, in order, the chained anchor pairs strictly inside {@code [s0, s1) x [t0, t1)}. */
    private static void segment(RareKeyPairs pairs, int s0, int s1, int t0, int t1, List<long[]> out) {
        if (s1 - s0 < MIN_SEGMENT || t1 - t0 < MIN_SEGMENT) {
            return;
        }
        int n = s1 - s0;
        int m = t1 - t0;
        long[][] chain = straight(plausible(chain(supported(corridor(pairs.candidates(s0, s1, t0, t1), n, m), n, m),
                n, m), n, m), n, m);
        int ps = s0;
        int pt = t0;
        for (long[] p : chain) {
            int s = s0 + (int) p[0];
            int t = t0 + (int) p[1];
            segment(pairs, ps, s, pt, t, out);
            out.add(new long[] {s, t});
            ps = s + 1;
            pt = t + 1;
        }
        if (chain.length > 0) {
            segment(pairs, ps, s1, pt, t1, out);
        }
    }

    /** Candidates far off the segment's diagonal are more likely a coincidence than a translation: dropped. */
    static List<long[]> corridor(List<long[]> candidates, int n, int m) {
        double slack = 0.1 * Math.max(n, m) + 20;
        candidates.removeIf(p -> Math.abs(p[1] - p[0] * (double) m / n) > slack);
        return candidates;
    }

    /**
     * The candidates that another candidate confirms: one within {@value #SUPPORT_ROWS} source sentences
     * whose offset along the diagonal differs by at most {@value #SUPPORT_SLACK} target sentences. A lone
     * coincidence of two rare keys is common in long documents; two consistent ones rarely are.
     */
    static List<long[]> supported(List<long[]> candidates, int n, int m) {
        long[][] c = candidates.toArray(new long[0][]);
        Arrays.sort(c, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        double slope = (double) m / Math.max(1, n);
        List<long[]> out = new ArrayList<>();
        for (int k = 0; k < c.length; k++) {
            boolean ok = false;
            for (int d = -1; d <= 1 && !ok; d += 2) {
                for (int o = k + d; o >= 0 && o < c.length && Math.abs(c[o][0] - c[k][0]) <= SUPPORT_ROWS; o += d) {
                    if (c[o][0] == c[k][0] && c[o][1] == c[k][1]) {
                        continue;
                    }
                    double expected = c[k][1] + (c[o][0] - c[k][0]) * slope;
                    if (Math.abs(c[o][1] - expected) <= SUPPORT_SLACK) {
                        ok = true;
                        break;
                    }
                }
            }
            if (ok) {
                out.add(c[k]);
            }
        }
        return out;
    }

    private static final int SUPPORT_ROWS = 20;
    private static final int SUPPORT_SLACK = 5;

    /**
     * The chain without pairs that would make the path steeper or flatter than {@value #MAX_SLOPE_FACTOR}
     * times the segment's own slope over more than a few sentences (a long run of one side against
     * nothing is more likely a wrong anchor than a translation); checked against the last kept pair and
     * the segment's end.
     */
    static long[][] plausible(long[][] chain, int n, int m) {
        double slope = (double) m / Math.max(1, n);
        List<long[]> kept = new ArrayList<>();
        long ps = -1;
        long pt = -1;
        for (long[] p : chain) {
            if (reasonable(p[0] - ps, p[1] - pt, slope) && reasonable(n - p[0], m - p[1], slope)) {
                kept.add(p);
                ps = p[0];
                pt = p[1];
            }
        }
        return kept.toArray(new long[0][]);
    }

    private static final double MAX_SLOPE_FACTOR = 4;
    private static final double KINK_SHARE = 0.25;
    private static final int KINK_SLACK = 20;

    /**
     * The chain without the pairs that stand far off the straight line between their two neighbours in the
     * chain (the segment's corners at the ends): farther than {@value #KINK_SLACK} sentences plus a quarter
     * of the neighbours' distance on the target side. A coincidence of two rare words elsewhere in the text
     * fits the chain's order but bends it sharply (on Bible 006, "forks" in 1 Samuel 13 paired with the
     * "three-pronged fork" of 1 Samuel 2, 420 sentences off); true pairs lie close to the line. Dropping
     * such a pair spares the search the rounds of band widening it would cause.
     */
    static long[][] straight(long[][] chain, int n, int m) {
        List<long[]> kept = new ArrayList<>();
        for (int k = 0; k < chain.length; k++) {
            long[] a = k == 0 ? new long[] {-1, -1} : chain[k - 1];
            long[] b = k + 1 == chain.length ? new long[] {n, m} : chain[k + 1];
            long[] p = chain[k];
            double expected = a[1] + (double) (p[0] - a[0]) * (b[1] - a[1]) / Math.max(1, b[0] - a[0]);
            if (Math.abs(p[1] - expected) <= KINK_SLACK + KINK_SHARE * (b[1] - a[1])) {
                kept.add(p);
            }
        }
        return kept.toArray(new long[0][]);
    }
    private static final int SHORT_HOP = 12;

    private static boolean reasonable(long ds, long dt, double slope) {
        if (ds <= SHORT_HOP && dt <= SHORT_HOP) {
            return true;
        }
        double expected = ds * slope;
        return dt <= MAX_SLOPE_FACTOR * expected + SHORT_HOP && expected <= MAX_SLOPE_FACTOR * dt + SHORT_HOP;
    }

    /** The longest chain increasing strictly on both sides (patience sorting). */
    static long[][] chain(List<long[]> candidates, int n, int m) {
        long[][] c = candidates.toArray(new long[0][]);
        // by source ascending, target descending, so equal sources never chain
        Arrays.sort(c, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
        int[] tailIndex = new int[c.length];
        int[] previous = new int[c.length];
        int length = 0;
        for (int k = 0; k < c.length; k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (c[tailIndex[mid]][1] < c[k][1]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = k;
            length = Math.max(length, lo + 1);
        }
        long[][] out = new long[length][];
        for (int k = length == 0 ? -1 : tailIndex[length - 1], p = length - 1; k >= 0; k = previous[k], p--) {
            out[p] = c[k];
        }
        return out;
    }

    /** A lattice path through the given points (which increase on both sides), straight in between. */
    private static Path staircase(int[] pi, int[] pj) {
        List<int[]> points = new ArrayList<>();
        for (int k = 0; k + 1 < pi.length; k++) {
            int di = pi[k + 1] - pi[k];
            int dj = pj[k + 1] - pj[k];
            int steps = Math.max(di, dj);
            for (int s = 0; s < steps; s++) {
                points.add(new int[] {pi[k] + (int) ((long) s * di / steps), pj[k] + (int) ((long) s * dj / steps)});
            }
        }
        points.add(new int[] {pi[pi.length - 1], pj[pj.length - 1]});
        int[] i = new int[points.size()];
        int[] j = new int[points.size()];
        for (int k = 0; k < i.length; k++) {
            i[k] = points.get(k)[0];
            j[k] = points.get(k)[1];
        }
        return new Path(i, j, new BeadType[Math.max(0, i.length - 1)]);
    }
}
