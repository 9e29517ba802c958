package dev.bitext.align;

import java.util.List;

/**
 * Dynamic programming over the cells of a {@link Band}: the cheapest bead path (Viterbi) and the posterior
 * probability of each bead on it (forward-backward). Stateless.
 */
final class Lattice {
    private Lattice() {
    }

    /**
     * The cheapest path; when {@code alpha} is not null it receives, in the same sweep, the forward
     * log-probability of every cell under costs scaled by {@code 1 / temperature}, for
     * {@link #posteriors(Band, List, BeadCost, Path, double[], double)}.
     */
    static Path viterbi(Band band, List<BeadType> types, BeadCost cost, double[] alpha, double temperature) {
        return viterbi(band, types, cost, alpha, temperature, 0, 0, band.n, band.m);
    }

    /**
     * The cheapest path from lattice point {@code (fromI, fromJ)} to {@code (toI, toJ)}, both inside the band,
     * through the band's cells between them; only rows {@code fromI..toI} are visited. When {@code alpha} is
     * not null (whole-band searches only) it receives the forward values as described above.
     */
    static Path viterbi(Band band, List<BeadType> types, BeadCost cost, double[] alpha, double temperature,
                        int fromI, int fromJ, int toI, int toJ) {
        int base = band.index(fromI, band.lo(fromI));
        int cells = band.index(toI, band.hi(toI)) - base + 1;
        double[] best = new double[cells];
        byte[] back = new byte[cells];
        BeadType[] ts = types.toArray(new BeadType[0]);
        double inv = 1.0 / temperature;
        double[] terms = new double[ts.length];
        if (alpha != null) {
            java.util.Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
            alpha[band.index(fromI, fromJ)] = 0;
        }
        double[][] rowCost = new double[ts.length][];
        for (int i = fromI; i <= toI; i++) {
            int jLo = Math.max(fromJ, band.lo(i));
            int jHi = Math.min(toJ, band.hi(i));
            if (jLo <= jHi) {
                ensure(rowCost, jHi - jLo + 1);
                cost.row(ts, i, jLo, jHi, rowCost);
            }
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                int here = band.index(i, j) - base;
                if (j < jLo || j > jHi) {
                    best[here] = Double.POSITIVE_INFINITY;
                    continue;
                }
                if (i == fromI && j == fromJ) {
                    best[here] = 0;
                    back[here] = -1;
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                int arg = -1;
                int k = 0;
                for (int t = 0; t < ts.length; t++) {
                    int pi = i - ts[t].sourceCount();
                    int pj = j - ts[t].targetCount();
                    int prev = pi < fromI ? -1 : band.index(pi, pj);
                    if (prev < 0 || best[prev - base] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double bc = rowCost[t][j - jLo];
                    if (alpha != null) {
                        terms[k++] = alpha[prev] - inv * bc;
                    }
                    double c = best[prev - base] + bc;
                    if (c < min) {
                        min = c;
                        arg = t;
                    }
                }
                best[here] = min;
                back[here] = (byte) arg;
                if (alpha != null) {
                    alpha[here + base] = logSumExp(terms, k);
                }
            }
        }
        return trace(band, ts, back, base, fromI, fromJ, toI, toJ);
    }

    private static Path trace(Band band, BeadType[] ts, byte[] back, int base, int fromI, int fromJ, int toI,
                              int toJ) {
        int count = 0;
        for (int i = toI, j = toJ; i > fromI || j > fromJ; count++) {
            BeadType t = ts[back[band.index(i, j) - base]];
            i -= t.sourceCount();
            j -= t.targetCount();
        }
        int[] pi = new int[count + 1];
        int[] pj = new int[count + 1];
        BeadType[] types = new BeadType[count];
        int i = toI;
        int j = toJ;
        for (int k = count; k > 0; k--) {
            pi[k] = i;
            pj[k] = j;
            BeadType t = ts[back[band.index(i, j) - base]];
            types[k - 1] = t;
            i -= t.sourceCount();
            j -= t.targetCount();
        }
        pi[0] = i;
        pj[0] = j;
        return new Path(pi, pj, types);
    }

    /**
     * The posterior probability of each bead of {@code path}, given the forward values {@code alpha} that
     * {@link #viterbi(Band, List, BeadCost, double[], double)} computed on the same band, cost and temperature:
     * a backward sweep sums over all paths inside the band.
     */
    static double[] posteriors(Band band, List<BeadType> types, BeadCost cost, Path path, double[] alpha,
                               double temperature) {
        int cells = Math.toIntExact(band.cells());
        BeadType[] ts = types.toArray(new BeadType[0]);
        double inv = 1.0 / temperature;
        double[] beta = new double[cells];
        java.util.Arrays.fill(beta, Double.NEGATIVE_INFINITY);
        beta[band.index(band.n, band.m)] = 0;
        double[][] rowCost = new double[ts.length][];
        for (int i = band.n; i >= 0; i--) {
            int jLo = band.lo(i);
            ensure(rowCost, band.hi(i) - jLo + 1);
            cost.row(ts, i, jLo, band.hi(i), rowCost);
            for (int j = band.hi(i); j >= jLo; j--) {
                int here = band.index(i, j);
                double b = beta[here];
                if (b == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int t = 0; t < ts.length; t++) {
                    int pi = i - ts[t].sourceCount();
                    int pj = j - ts[t].targetCount();
                    int prev = pj < 0 ? -1 : band.index(pi, pj);
                    if (prev >= 0 && alpha[prev] > Double.NEGATIVE_INFINITY) {
                        beta[prev] = logAdd(beta[prev], b - inv * rowCost[t][j - jLo]);
                    }
                }
            }
        }
        double total = alpha[band.index(band.n, band.m)];
        double[] post = new double[path.beads()];
        for (int b = 0; b < post.length; b++) {
            int i = path.pointI()[b];
            int j = path.pointJ()[b];
            int end = band.index(path.pointI()[b + 1], path.pointJ()[b + 1]);
            double lp = alpha[band.index(i, j)] - inv * cost.cost(path.types()[b], i, j) + beta[end] - total;
            post[b] = Math.max(0.0, Math.min(1.0, Math.exp(lp)));
        }
        return post;
    }

    /** Makes every row of {@code rows} hold at least {@code width} entries. */
    private static void ensure(double[][] rows, int width) {
        for (int t = 0; t < rows.length; t++) {
            if (rows[t] == null || rows[t].length < width) {
                rows[t] = new double[Math.max(width, 64)];
            }
        }
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
