package dev.bitext.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Stretches of a path to search again after the band was widened in some rows: each stretch is a pair of
 * point indices {@code [from, to]} of the path, the last point before the widened rows and the first after
 * them. Stateless.
 */
final class Stretches {
    /**
     * Rows kept, on either side of the widened rows, inside a stretch: its end points are fixed, so they must
     * lie where the old path is likely right again. 64 rows lets a correction settle (measured on the Bible
     * series: coarse accuracy as with whole-band re-searches, at a few percent of their cost).
     */
    private static final int MARGIN = 64;
    private Stretches() {
    }

    /**
     * The stretches of {@code path} covering every row whose band width changed from {@code before} to
     * {@code after}, and {@value #MARGIN} rows more on either side, in order and not overlapping.
     */
    static List<int[]> changed(int[] before, int[] after, Path path) {
        int[] pi = path.pointI();
        List<int[]> out = new ArrayList<>();
        int k = 0;
        for (int r = 0; r < before.length; r++) {
            if (before[r] == after[r]) {
                continue;
            }
            int end = r;
            while (end + 1 < before.length && before[end + 1] != after[end + 1]) {
                end++;
            }
            while (k + 1 < pi.length && pi[k + 1] <= r - MARGIN) {
                k++;
            }
            int to = k;
            while (to + 1 < pi.length && pi[to] < end + MARGIN) {
                to++;
            }
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && k <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else if (to > k) {
                out.add(new int[] {k, to});
            }
            r = end;
        }
        return out;
    }

    /** For every row r of {@code 0..n+1}, the number of rows below r that some stretch spans. */
    static int[] activePrefix(List<int[]> stretches, Path path, int n) {
        int[] prefix = new int[n + 2];
        boolean[] active = new boolean[n + 1];
        for (int[] st : stretches) {
            for (int r = path.pointI()[st[0]]; r <= path.pointI()[st[1]]; r++) {
                active[r] = true;
            }
        }
        for (int r = 0; r <= n; r++) {
            prefix[r + 1] = prefix[r] + (active[r] ? 1 : 0);
        }
        return prefix;
    }

    /** {@code path} with each stretch replaced by the corresponding part, which runs between the same points. */
    static Path splice(Path path, List<int[]> stretches, List<Path> parts) {
        int size = path.beads();
        for (int s = 0; s < stretches.size(); s++) {
            size += parts.get(s).beads() - (stretches.get(s)[1] - stretches.get(s)[0]);
        }
        int[] pi = new int[size + 1];
        int[] pj = new int[size + 1];
        BeadType[] types = new BeadType[size];
        int out = 0;
        int k = 0;
        for (int s = 0; s <= stretches.size(); s++) {
            int stop = s < stretches.size() ? stretches.get(s)[0] : path.beads();
            for (; k < stop; k++, out++) {
                pi[out] = path.pointI()[k];
                pj[out] = path.pointJ()[k];
                types[out] = path.types()[k];
            }
            if (s < stretches.size()) {
                Path part = parts.get(s);
                for (int b = 0; b < part.beads(); b++, out++) {
                    pi[out] = part.pointI()[b];
                    pj[out] = part.pointJ()[b];
                    types[out] = part.types()[b];
                }
                k = stretches.get(s)[1];
            }
        }
        pi[out] = path.pointI()[path.beads()];
        pj[out] = path.pointJ()[path.beads()];
        return new Path(pi, pj, types);
    }
}
