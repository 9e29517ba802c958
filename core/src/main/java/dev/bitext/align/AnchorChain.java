package dev.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The confident anchor pairs of a document pair: sentence pairs that share an item key found in exactly
 * one sentence of each side, reduced to the longest chain that is monotone on both sides and lies within
 * a corridor around the diagonal. The first search runs in a band around the path through them.
 */
final class AnchorChain {
    private AnchorChain() {
    }

    /**
     * Lattice points of a monotone path from (0,0) to (n,m) through the chained anchor pairs, straight
     * between them; with no anchors, the diagonal.
     */
    static Path guide(List<SentenceItems> source, List<SentenceItems> target) {
        int n = source.size();
        int m = target.size();
        long[][] pairs = chain(candidates(source, target, n, m), n, m);
        int[] pi = new int[pairs.length + 2];
        int[] pj = new int[pairs.length + 2];
        for (int k = 0; k < pairs.length; k++) {
            pi[k + 1] = (int) pairs[k][0];
            pj[k + 1] = (int) pairs[k][1];
        }
        pi[pairs.length + 1] = n;
        pj[pairs.length + 1] = m;
        return staircase(pi, pj);
    }

    /** Candidate (s, t) pairs from keys unique on both sides. */
    static List<long[]> candidates(List<SentenceItems> source, List<SentenceItems> target, int n, int m) {
        Map<Long, Integer> sourceOwner = owners(source);
        Map<Long, Integer> targetOwner = owners(target);
        List<long[]> out = new ArrayList<>();
        // keys owned by exactly one sentence on both sides, and an item on at least one side
        for (Map.Entry<Long, Integer> e : sourceOwner.entrySet()) {
            Integer t = targetOwner.get(e.getKey());
            if (e.getValue() >= 0 && t != null && t >= 0 && isItemKey(source.get(e.getValue()), target.get(t), e.getKey())) {
                out.add(new long[] {e.getValue(), t});
            }
        }
        // corridor: far off the diagonal is more likely a coincidence than a translation
        double slack = 0.1 * Math.max(n, m) + 20;
        out.removeIf(p -> Math.abs(p[1] - p[0] * (double) m / n) > slack);
        return out;
    }

    private static boolean isItemKey(SentenceItems s, SentenceItems t, long key) {
        return s.hasItemKey(key) || t.hasItemKey(key);
    }

    /** key -> the one sentence holding it, or -1 when several do. */
    private static Map<Long, Integer> owners(List<SentenceItems> side) {
        Map<Long, Integer> owner = new HashMap<>();
        for (int s = 0; s < side.size(); s++) {
            final int id = s;
            for (long k : side.get(s).keys()) {
                owner.merge(k, id, (a, b) -> a.equals(b) ? a : -1);
            }
        }
        return owner;
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
