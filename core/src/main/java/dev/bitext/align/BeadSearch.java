package dev.bitext.align;

import dev.bitext.AlignerOptions;
import dev.bitext.Bead;
import dev.bitext.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the best bead sequence between two documents: a first banded search around the diagonal with
 * a length model whose ratio comes from the input, re-estimation of the ratio and of the bead shape
 * priors from that first alignment, a second search in a band around the first path, and bead
 * confidences as posterior probabilities. Time and memory are linear in the band's cells, never n x m.
 *
 * <p>Immutable and thread-safe.
 */
public final class BeadSearch {
    /** Start of the band's half-width; doubled while the best path runs along an edge. */
    private static final int FIRST_BAND = 48;
    private static final int SECOND_BAND = 16;
    /** Upper bound on cells in one band (about 120 MB of working memory). */
    private static final long MAX_CELLS = 12_000_000L;
    /**
     * Length variance per unit of length, as a multiple of the squared ratio. Measured on MAC-Dev gold
     * beads the true value is 1.1 to 3.7 (chapter by chapter); 4 works best for the search on MAC-Dev as a
     * whole because a wider tolerance lets the shape prior decide between 1-1 and 1-2.
     */
    private static final double VARIANCE_PER_RATIO2 = 4.0;
    /** Prior probability of a 1-0 or 0-1 bead before re-estimation. */
    static final double SKIP_PROBABILITY = 0.01;
    private static final double PRIOR_PSEUDO_COUNT = 30;
    private static final double TEMPERATURE = 1.0;

    private final AlignerOptions options;
    private final List<BeadType> types;

    /** A search with the given options. */
    public BeadSearch(AlignerOptions options) {
        this.options = options;
        this.types = BeadType.upTo(options.maxBeadSide());
    }

    /** The best beads covering both documents, in order. */
    public List<Bead> align(Document source, Document target) {
        int n = source.size();
        int m = target.size();
        if (n == 0 || m == 0) {
            return unpaired(n, m);
        }
        Lengths ls = Lengths.of(source);
        Lengths lt = Lengths.of(target);
        double ratio = ratio(ls.total(), lt.total());
        LengthModel model = new LengthModel(ratio, VARIANCE_PER_RATIO2 * ratio * ratio);
        ShapePrior prior = ShapePrior.initial(types, SKIP_PROBABILITY * Math.exp(-options.skipPenalty()));

        Band band = Band.aroundDiagonal(n, m, FIRST_BAND);
        BeadCost cost = new LengthCost(ls, lt, model, prior);
        Path path = searchWidening(band, cost, null);

        model = reestimateRatio(model, path, ls, lt);
        prior = prior.reestimate(path, PRIOR_PSEUDO_COUNT);
        cost = new LengthCost(ls, lt, model, prior);
        band = Band.aroundPath(n, m, path.pointI(), path.pointJ(), SECOND_BAND);
        path = searchWidening(band, cost, path);
        band = Band.aroundPath(n, m, path.pointI(), path.pointJ(), SECOND_BAND);
        double[] confidence = Lattice.posteriors(band, types, cost, path, TEMPERATURE);
        return toBeads(path, confidence);
    }

    private Path searchWidening(Band band, BeadCost cost, Path around) {
        int w = around == null ? FIRST_BAND : SECOND_BAND;
        while (true) {
            Path path = Lattice.viterbi(band, types, cost);
            if (band.isFull() || !touchesEdge(band, path)) {
                return path;
            }
            w *= 2;
            Band wider = around == null
                    ? Band.aroundDiagonal(band.n, band.m, w)
                    : Band.aroundPath(band.n, band.m, around.pointI(), around.pointJ(), w);
            if (wider.cells() > MAX_CELLS) {
                return path;
            }
            band = wider;
        }
    }

    private static boolean touchesEdge(Band band, Path path) {
        for (int k = 0; k < path.pointI().length; k++) {
            if (band.nearEdge(path.pointI()[k], path.pointJ()[k], 2)) {
                return true;
            }
        }
        return false;
    }

    private static double ratio(long sourceTotal, long targetTotal) {
        return Math.max(1e-3, (targetTotal + 1.0) / (sourceTotal + 1.0));
    }

    /**
     * The ratio measured over the path's paired beads (text without counterpart no longer skews it). The
     * variance is not re-estimated: measured on a path found by this very model it is biased low.
     */
    private static LengthModel reestimateRatio(LengthModel model, Path path, Lengths ls, Lengths lt) {
        long sumS = 0;
        long sumT = 0;
        for (int k = 0; k < path.beads(); k++) {
            if (!path.types()[k].isSkip()) {
                sumS += ls.sum(path.pointI()[k], path.types()[k].sourceCount());
                sumT += lt.sum(path.pointJ()[k], path.types()[k].targetCount());
            }
        }
        if (sumS == 0 || sumT == 0) {
            return model;
        }
        double r = ratio(sumS, sumT);
        return new LengthModel(r, VARIANCE_PER_RATIO2 * r * r);
    }

    private static List<Bead> toBeads(Path path, double[] confidence) {
        List<Bead> out = new ArrayList<>(path.beads());
        for (int k = 0; k < path.beads(); k++) {
            BeadType t = path.types()[k];
            out.add(Bead.of(path.pointI()[k], t.sourceCount(), path.pointJ()[k], t.targetCount(), confidence[k]));
        }
        return out;
    }

    private static List<Bead> unpaired(int n, int m) {
        List<Bead> out = new ArrayList<>(n + m);
        for (int i = 0; i < n; i++) {
            out.add(Bead.of(i, 1, 0, 0, 1.0));
        }
        for (int j = 0; j < m; j++) {
            out.add(Bead.of(0, 0, j, 1, 1.0));
        }
        return out;
    }
}
