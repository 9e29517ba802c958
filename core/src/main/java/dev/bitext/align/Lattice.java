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
        if (alpha != null) {
            java.util.Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
            alpha[band.index(fromI, fromJ)] = 0;
        }
        double[][] rowCost = new double[ts.length][];
        double[] maxTerm = new double[0];
        double[] sumExp = new double[0];
        int[] span = new int[3];
        for (int i = fromI; i <= toI; i++) {
            int lo = band.lo(i);
            int jLo = Math.max(fromJ, lo);
            int jHi = Math.min(toJ, band.hi(i));
            int rowBase = band.index(i, lo) - base;
            for (int j = lo; j <= band.hi(i); j++) {
                best[rowBase + j - lo] = Double.POSITIVE_INFINITY;
            }
            if (jLo > jHi) {
                continue;
            }
            int width = jHi - jLo + 1;
            ensure(rowCost, width);
            cost.row(ts, i, jLo, jHi, rowCost);
            int off = rowBase + jLo - lo; // best index of (i, jLo)
            // beads from earlier rows, one shape at a time
            for (int t = 0; t < ts.length; t++) {
                if (!span(band, ts[t], i, jLo, jHi, fromI, span)) {
                    continue;
                }
                int prevOff = span[2] - base; // best index of the cell a bead ending at (i, j) starts from: + j
                double[] c = rowCost[t];
                for (int j = span[0]; j <= span[1]; j++) {
                    double v = best[prevOff + j] + c[j - jLo];
                    if (v < best[off + j - jLo]) {
                        best[off + j - jLo] = v;
                        back[off + j - jLo] = (byte) t;
                    }
                }
            }
            if (i == fromI && fromJ == jLo) {
                best[off] = 0;
                back[off] = -1;
            }
            // 0-1 beads within the row, left to right
            int skip = skipIndex(ts);
            if (skip >= 0) {
                double[] c = rowCost[skip];
                for (int j = Math.max(jLo + 1, 1); j <= jHi; j++) {
                    double v = best[off + j - jLo - 1] + c[j - jLo];
                    if (v < best[off + j - jLo]) {
                        best[off + j - jLo] = v;
                        back[off + j - jLo] = (byte) skip;
                    }
                }
            }
            if (alpha != null) {
                if (maxTerm.length < width) {
                    maxTerm = new double[width];
                    sumExp = new double[width];
                }
                forwardRow(band, ts, rowCost, alpha, inv, i, jLo, jHi, fromI, fromJ, maxTerm, sumExp, span);
            }
        }
        return trace(band, ts, back, base, fromI, fromJ, toI, toJ);
    }

    /**
     * Where beads of shape {@code t} ending in row i at columns {@code jLo..jHi} can start, from rows at or
     * after {@code fromI}: sets {@code out} to {first column, last column, band index of the start cell minus
     * the end column}; false when there is none (0-1 beads, which start in the same row, included).
     */
    private static boolean span(Band band, BeadType t, int i, int jLo, int jHi, int fromI, int[] out) {
        int a = t.sourceCount();
        int b = t.targetCount();
        if (a == 0 || i - a < fromI) {
            return false;
        }
        int pi = i - a;
        out[0] = Math.max(jLo, band.lo(pi) + b);
        out[1] = Math.min(jHi, band.hi(pi) + b);
        out[2] = band.index(pi, band.lo(pi)) - band.lo(pi) - b;
        return true;
    }

    /** The index of the 0-1 shape in {@code ts}, or -1. */
    private static int skipIndex(BeadType[] ts) {
        for (int t = 0; t < ts.length; t++) {
            if (ts[t].sourceCount() == 0 && ts[t].targetCount() == 1) {
                return t;
            }
        }
        return -1;
    }

    /**
     * Forward values of row {@code i}, columns {@code jLo..jHi}: the log-sum over the beads ending in each
     * cell of the forward value where they start minus their scaled cost; beads from earlier rows first
     * (a running maximum, then the sum of exponentials), then 0-1 beads left to right.
     */
    private static void forwardRow(Band band, BeadType[] ts, double[][] rowCost, double[] alpha, double inv, int i,
                                   int jLo, int jHi, int fromI, int fromJ, double[] maxTerm, double[] sumExp,
                                   int[] span) {
        int width = jHi - jLo + 1;
        int off = band.index(i, jLo);
        java.util.Arrays.fill(maxTerm, 0, width, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(sumExp, 0, width, 0.0);
        for (int pass = 0; pass < 2; pass++) {
            for (int t = 0; t < ts.length; t++) {
                if (!span(band, ts[t], i, jLo, jHi, fromI, span)) {
                    continue;
                }
                double[] c = rowCost[t];
                for (int j = span[0]; j <= span[1]; j++) {
                    double term = alpha[span[2] + j] - inv * c[j - jLo];
                    if (pass == 0) {
                        maxTerm[j - jLo] = Math.max(maxTerm[j - jLo], term);
                    } else if (term > Double.NEGATIVE_INFINITY) {
                        sumExp[j - jLo] += Math.exp(term - maxTerm[j - jLo]);
                    }
                }
            }
        }
        for (int j = jLo; j <= jHi; j++) {
            double m = maxTerm[j - jLo];
            double v = m == Double.NEGATIVE_INFINITY ? m : m + Math.log(sumExp[j - jLo]);
            if (i != fromI || j != fromJ) { // the start cell keeps its 0
                alpha[off + j - jLo] = v;
            }
        }
        int skip = skipIndex(ts);
        if (skip >= 0) {
            for (int j = Math.max(jLo + 1, 1); j <= jHi; j++) {
                double left = alpha[off + j - jLo - 1];
                if (left > Double.NEGATIVE_INFINITY) {
                    alpha[off + j - jLo] = logAdd(alpha[off + j - jLo], left - inv * rowCost[skip][j - jLo]);
                }
            }
        }
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
        return posteriors(band, cost, path, alpha, backward(band, types, cost, temperature), temperature);
    }

    /**
     * The posterior probability of each bead of {@code path} from the forward values {@code alpha} and the
     * backward values {@code beta} ({@link #backward}) of the same band, cost and temperature.
     */
    static double[] posteriors(Band band, BeadCost cost, Path path, double[] alpha, double[] beta,
                               double temperature) {
        double inv = 1.0 / temperature;
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

    /**
     * The backward values: for every cell, the log-sum over the beads starting there of their cost scaled by
     * {@code 1 / temperature} plus the backward value where they end (the log-probability mass of the paths
     * from the cell to the band's end). Independent of the forward sweep, so the two may run at once. Rows
     * from the last up; a row's bead costs are computed once and kept while the rows above it that beads can
     * start from are done.
     */
    static double[] backward(Band band, List<BeadType> types, BeadCost cost, double temperature) {
        BeadType[] ts = types.toArray(new BeadType[0]);
        double inv = 1.0 / temperature;
        double[] beta = new double[Math.toIntExact(band.cells())];
        int rows = 1;
        for (BeadType t : ts) {
            rows = Math.max(rows, t.sourceCount() + 1);
        }
        double[][][] ring = new double[rows][ts.length][];
        int skip = skipIndex(ts);
        double[] maxTerm = new double[0];
        double[] sumExp = new double[0];
        for (int i = band.n; i >= 0; i--) {
            int lo = band.lo(i);
            int hi = band.hi(i);
            int width = hi - lo + 1;
            double[][] here = ring[i % rows];
            ensure(here, width);
            cost.row(ts, i, lo, hi, here);
            if (maxTerm.length < width) {
                maxTerm = new double[width];
                sumExp = new double[width];
            }
            java.util.Arrays.fill(maxTerm, 0, width, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(sumExp, 0, width, 0.0);
            for (int pass = 0; pass < 2; pass++) {
                for (int t = 0; t < ts.length; t++) {
                    int a = ts[t].sourceCount();
                    int b = ts[t].targetCount();
                    int e = i + a;
                    if (a == 0 || e > band.n) {
                        continue;
                    }
                    double[] c = ring[e % rows][t];
                    int loE = band.lo(e);
                    int offE = band.index(e, loE) + b - loE; // beta index of (e, j + b)
                    int costOff = b - loE;                   // c index of column j + b
                    for (int j = Math.max(lo, loE - b); j <= Math.min(hi, band.hi(e) - b); j++) {
                        double term = beta[offE + j] - inv * c[costOff + j];
                        if (pass == 0) {
                            maxTerm[j - lo] = Math.max(maxTerm[j - lo], term);
                        } else if (term > Double.NEGATIVE_INFINITY) {
                            sumExp[j - lo] += Math.exp(term - maxTerm[j - lo]);
                        }
                    }
                }
            }
            int off = band.index(i, lo);
            for (int j = hi; j >= lo; j--) {
                double m = maxTerm[j - lo];
                double v = m == Double.NEGATIVE_INFINITY ? m : m + Math.log(sumExp[j - lo]);
                if (skip >= 0 && j < hi) {
                    double right = beta[off + j + 1 - lo];
                    if (right > Double.NEGATIVE_INFINITY) {
                        v = logAdd(v, right - inv * here[skip][j + 1 - lo]);
                    }
                }
                if (i == band.n && j == band.m) {
                    v = 0;
                }
                beta[off + j - lo] = v;
            }
        }
        return beta;
    }

    /** Makes every row of {@code rows} hold at least {@code width} entries. */
    static void ensure(double[][] rows, int width) {
        for (int t = 0; t < rows.length; t++) {
            if (rows[t] == null || rows[t].length < width) {
                rows[t] = new double[Math.max(width, rows[t] == null ? 64 : 2 * rows[t].length)];
            }
        }
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }
}
