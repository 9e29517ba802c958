package dev.bitext.align;

import java.util.ArrayList;
import java.util.List;

/**
 * A second look at the beads the search is unsure of: every run of beads whose confidence is below
 * {@value #UNSURE}, with one bead more on either side, is searched again in the window of the band between
 * its end points under a cost that also weighs each bead's {@link Coverage}, and the result replaces it.
 * A bead of such a stretch gets as confidence its posterior probability within the window under that cost,
 * times the smaller of the probabilities that the whole band's paths pass through the window's end points.
 * Beads the search is sure of stand as they are, with their confidence. Stateless.
 */
final class Refinement {
    static final double UNSURE = 0.9;
    private static final int MARGIN = 1;

    private Refinement() {
    }

    /** A path and the confidence of each of its beads. */
    record Refined(Path path, double[] confidence) {
    }

    /**
     * The path with its unsure stretches searched again under {@code cost}.
     *
     * @param confidence  each bead's posterior probability in the band
     * @param alpha       the band's forward values (of the original cost)
     * @param beta        its backward values
     * @param temperature the temperature of those values and of the new confidences
     */
    static Refined refine(Path path, double[] confidence, Band band, List<BeadType> types, CoverageCost cost,
                          double[] alpha, double[] beta, double temperature, Interruption interruption) {
        List<int[]> stretches = unsure(confidence);
        if (stretches.isEmpty()) {
            return new Refined(path, confidence);
        }
        double total = alpha[band.index(band.n, band.m)];
        // the stretches are independent (each with its own coverage memory): searched in parallel, in order
        List<Window> done = stretches.parallelStream()
                .map(st -> window(path, st, band, types, cost, alpha, beta, total, temperature, interruption))
                .toList();
        List<Path> parts = done.stream().map(Window::path).toList();
        List<double[]> partConfidence = done.stream().map(Window::confidence).toList();
        Path spliced = Stretches.splice(path, stretches, parts);
        return new Refined(spliced, splice(confidence, stretches, partConfidence, spliced.beads()));
    }

    /** One stretch searched again: its beads and their confidences. */
    private record Window(Path path, double[] confidence) {
    }

    private static Window window(Path path, int[] st, Band band, List<BeadType> types, CoverageCost cost,
                                 double[] alpha, double[] beta, double total, double temperature,
                                 Interruption interruption) {
        interruption.check();
        int fi = path.pointI()[st[0]];
        int fj = path.pointJ()[st[0]];
        int ti = path.pointI()[st[1]];
        int tj = path.pointJ()[st[1]];
        Band window = band.window(fi, fj, ti, tj);
        BeadType[] shapes = types.toArray(new BeadType[0]);
        BeadCost local = CachedCost.of(new ShiftedCost(cost.from(fi, fj), fi, fj), window, shapes);
        double[] a = new double[Math.toIntExact(window.cells())];
        Path p = Lattice.viterbi(window, types, local, a, temperature);
        double[] post = Lattice.posteriors(window, local, p, a, Lattice.backward(window, types, local, temperature),
                temperature);
        double ends = Math.min(through(band, alpha, beta, total, fi, fj), through(band, alpha, beta, total, ti, tj));
        for (int b = 0; b < post.length; b++) {
            post[b] *= ends;
        }
        return new Window(shifted(p, fi, fj), post);
    }

    /** The probability that a path of the band passes through point {@code (i, j)}. */
    private static double through(Band band, double[] alpha, double[] beta, double total, int i, int j) {
        int at = band.index(i, j);
        return Math.max(0.0, Math.min(1.0, Math.exp(alpha[at] + beta[at] - total)));
    }

    private static Path shifted(Path p, int di, int dj) {
        int[] pi = p.pointI().clone();
        int[] pj = p.pointJ().clone();
        for (int k = 0; k < pi.length; k++) {
            pi[k] += di;
            pj[k] += dj;
        }
        return new Path(pi, pj, p.types());
    }

    private static double[] splice(double[] confidence, List<int[]> stretches, List<double[]> parts, int size) {
        double[] out = new double[size];
        int at = 0;
        int k = 0;
        for (int s = 0; s <= stretches.size(); s++) {
            int stop = s < stretches.size() ? stretches.get(s)[0] : confidence.length;
            for (; k < stop; k++) {
                out[at++] = confidence[k];
            }
            if (s < stretches.size()) {
                double[] part = parts.get(s);
                System.arraycopy(part, 0, out, at, part.length);
                at += part.length;
                k = stretches.get(s)[1];
            }
        }
        return out;
    }

    /**
     * The stretches {from point, to point} covering every bead below {@value #UNSURE} and {@value #MARGIN}
     * bead more on either side, in order and not overlapping.
     */
    static List<int[]> unsure(double[] confidence) {
        List<int[]> out = new ArrayList<>();
        for (int b = 0; b < confidence.length; b++) {
            if (confidence[b] >= UNSURE) {
                continue;
            }
            int from = Math.max(0, b - MARGIN);
            int end = b;
            while (end + 1 < confidence.length && confidence[end + 1] < UNSURE) {
                end++;
            }
            int to = Math.min(confidence.length, end + 1 + MARGIN);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                out.add(new int[] {from, to});
            }
            b = end;
        }
        return out;
    }
}
