package dev.bitext.align;

import java.util.List;

/**
 * Dynamic programming over the cells of a {@link Band}: the cheapest bead path (Viterbi) and the posterior
 * probability of each bead on it (forward-backward). Stateless.
 */
final class Lattice {
    private Lattice() {
    }

    /** The cheapest path from (0,0) to (n,m) inside the band. */
    static Path viterbi(Band band, List<BeadType> types, BeadCost cost) {
        return viterbi(band, types, cost, null);
    }

    /**
     * The cheapest path; when {@code costs} is not null it receives the cost of every bead ending in every
     * cell, at {@code cell * types.size() + type} (infinite where the bead leaves the band), for
     * {@link #posteriors(Band, List, float[], Path, double)}.
     */
    static Path viterbi(Band band, List<BeadType> types, BeadCost cost, float[] costs) {
        int cells = Math.toIntExact(band.cells());
        double[] best = new double[cells];
        byte[] back = new byte[cells];
        BeadType[] ts = types.toArray(new BeadType[0]);
        if (costs != null) {
            java.util.Arrays.fill(costs, Float.POSITIVE_INFINITY);
        }
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                int here = band.index(i, j);
                if (i == 0 && j == 0) {
                    best[here] = 0;
                    back[here] = -1;
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                int arg = -1;
                for (int t = 0; t < ts.length; t++) {
                    int pi = i - ts[t].sourceCount();
                    int pj = j - ts[t].targetCount();
                    int prev = pj < 0 ? -1 : band.index(pi, pj);
                    if (prev < 0 || best[prev] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double bc = cost.cost(ts[t], pi, pj);
                    if (costs != null) {
                        costs[here * ts.length + t] = (float) bc;
                    }
                    double c = best[prev] + bc;
                    if (c < min) {
                        min = c;
                        arg = t;
                    }
                }
                best[here] = min;
                back[here] = (byte) arg;
            }
        }
        return trace(band, ts, back);
    }

    private static Path trace(Band band, BeadType[] ts, byte[] back) {
        int count = 0;
        for (int i = band.n, j = band.m; i > 0 || j > 0; count++) {
            BeadType t = ts[back[band.index(i, j)]];
            i -= t.sourceCount();
            j -= t.targetCount();
        }
        int[] pi = new int[count + 1];
        int[] pj = new int[count + 1];
        BeadType[] types = new BeadType[count];
        int i = band.n;
        int j = band.m;
        for (int k = count; k > 0; k--) {
            pi[k] = i;
            pj[k] = j;
            BeadType t = ts[back[band.index(i, j)]];
            types[k - 1] = t;
            i -= t.sourceCount();
            j -= t.targetCount();
        }
        return new Path(pi, pj, types);
    }

    /**
     * The posterior probability of each bead of {@code path} under the model whose costs (as filled in by
     * {@link #viterbi(Band, List, BeadCost, float[])} on the same band) are scaled by {@code 1 / temperature},
     * summing over all paths inside the band.
     */
    static double[] posteriors(Band band, List<BeadType> types, float[] costs, Path path, double temperature) {
        int cells = Math.toIntExact(band.cells());
        BeadType[] ts = types.toArray(new BeadType[0]);
        int nt = ts.length;
        double inv = 1.0 / temperature;
        double[] alpha = new double[cells];
        java.util.Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
        alpha[band.index(0, 0)] = 0;
        double[] terms = new double[nt];
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                int here = band.index(i, j);
                if (here == 0) {
                    continue;
                }
                int k = 0;
                for (int t = 0; t < nt; t++) {
                    float c = costs[here * nt + t];
                    if (c != Float.POSITIVE_INFINITY) {
                        int prev = band.index(i - ts[t].sourceCount(), j - ts[t].targetCount());
                        if (alpha[prev] > Double.NEGATIVE_INFINITY) {
                            terms[k++] = alpha[prev] - inv * c;
                        }
                    }
                }
                alpha[here] = logSumExp(terms, k);
            }
        }
        // beta by scattering: each cell passes its beta back to the cells its beads start from
        double[] beta = new double[cells];
        java.util.Arrays.fill(beta, Double.NEGATIVE_INFINITY);
        beta[band.index(band.n, band.m)] = 0;
        for (int i = band.n; i >= 0; i--) {
            for (int j = band.hi(i); j >= band.lo(i); j--) {
                int here = band.index(i, j);
                double b = beta[here];
                if (b == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int t = 0; t < nt; t++) {
                    float c = costs[here * nt + t];
                    if (c != Float.POSITIVE_INFINITY) {
                        int prev = band.index(i - ts[t].sourceCount(), j - ts[t].targetCount());
                        beta[prev] = logAdd(beta[prev], b - inv * c);
                    }
                }
            }
        }
        double total = alpha[band.index(band.n, band.m)];
        double[] post = new double[path.beads()];
        for (int b = 0; b < post.length; b++) {
            int start = band.index(path.pointI()[b], path.pointJ()[b]);
            int end = band.index(path.pointI()[b + 1], path.pointJ()[b + 1]);
            int t = types.indexOf(path.types()[b]);
            double lp = alpha[start] - inv * costs[end * nt + t] + beta[end] - total;
            post[b] = Math.max(0.0, Math.min(1.0, Math.exp(lp)));
        }
        return post;
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    private static double logSumExp(double[] xs, int k) {
        if (k == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            max = Math.max(max, xs[i]);
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += Math.exp(xs[i] - max);
        }
        return max + Math.log(sum);
    }
}
