package dev.bitext.align;

/**
 * Bead cost from lengths and shared evidence: the length cost minus {@code weight} times the bead's
 * log-likelihood ratio of being a translation pair given its items — for every sentence of the bead, the
 * ratio of its items found or not found among the other side's sentences of the bead (see
 * {@link WeightedItems}). A 1-0 or 0-1 bead has ratio 0. Immutable and thread-safe; built for one band,
 * or for its active rows only ({@code activeRows}: the number of active rows below each row; null: all).
 */
final class EvidenceCost implements BeadCost {
    private final BeadCost length;
    private final WindowGains source;
    private final WindowGains target;
    private final double weight;
    private final int maxSide;

    EvidenceCost(BeadCost length, Band band, int maxSide, WeightedItems source, WeightedItems target,
                 KeyIndex sourceIndex, KeyIndex targetIndex, double weight, int[] activeRows) {
        this.length = length;
        int[][] sr = WindowGains.sourceRanges(band, maxSide);
        int[][] tr = WindowGains.targetRanges(band, maxSide);
        if (activeRows != null) {
            int n = band.n;
            int[] sFrom = new int[n];
            int[] sTo = new int[n];
            for (int s = 0; s < n; s++) {
                sFrom[s] = Math.max(0, s - maxSide + 1);
                sTo[s] = s;
            }
            sr = WindowGains.restrict(sr, activeRows, sFrom, sTo);
            tr = WindowGains.restrict(tr, activeRows, tr[0], tr[1]);
        }
        int[][] targetRanges = tr;
        // the two sides are independent: the target side is computed on another thread meanwhile (when the
        // band is large enough for the hop to pay)
        java.util.concurrent.CompletableFuture<WindowGains> other = Concurrency.supply(band.cells(),
                () -> new WindowGains(target, sourceIndex, source.size(), maxSide, targetRanges[0], targetRanges[1]));
        this.source = new WindowGains(source, targetIndex, target.size(), maxSide, sr[0], sr[1]);
        this.target = other.join();
        this.weight = weight;
        this.maxSide = maxSide;
    }

    @Override
    public void row(BeadType[] types, int i, int from, int to, double[][] out) {
        length.row(types, i, from, to, out);
        // Per source window width a, the target sentences' ratios against source window [i - a, i), summed
        // along the row: a bead's target part is then a difference of two sums.
        int lo = Math.max(0, from - maxSide);
        double[] prefix = new double[to - lo + 1];
        for (int a = 1; a <= Math.min(maxSide, i); a++) {
            for (int t = lo; t < to; t++) {
                prefix[t - lo + 1] = prefix[t - lo] + target.get(t, i - a, a);
            }
            for (int k = 0; k < types.length; k++) {
                BeadType type = types[k];
                int b = type.targetCount();
                if (type.sourceCount() != a || b == 0) {
                    continue;
                }
                double[] o = out[k];
                int first = Math.max(from, b);
                for (int j = first; j <= to; j++) {
                    o[j - from] -= weight * (prefix[j - lo] - prefix[j - b - lo]);
                }
                for (int s = i - a; s < i; s++) {
                    source.subtractWindows(s, b, first, to, o, from, weight);
                }
            }
        }
    }

    @Override
    public double cost(BeadType type, int i, int j) {
        double c = length.cost(type, i, j);
        if (type.isSkip()) {
            return c;
        }
        double llr = 0;
        for (int s = i; s < i + type.sourceCount(); s++) {
            llr += source.get(s, j, type.targetCount());
        }
        for (int t = j; t < j + type.targetCount(); t++) {
            llr += target.get(t, i, type.sourceCount());
        }
        return c - weight * llr;
    }
}
