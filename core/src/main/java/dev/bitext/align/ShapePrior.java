package dev.bitext.align;

import java.util.List;

/**
 * Prior costs (negative log probabilities) of bead shapes, re-estimable from a first alignment.
 * Immutable and thread-safe.
 */
final class ShapePrior implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SLOTS = 8;
    private final double[] cost = new double[SLOTS * SLOTS];
    private final List<BeadType> types;

    private ShapePrior(List<BeadType> types, double[] probability) {
        this.types = types;
        double total = 0;
        for (double p : probability) {
            total += p;
        }
        for (int k = 0; k < types.size(); k++) {
            cost[slot(types.get(k))] = -Math.log(probability[k] / total);
        }
    }

    private static int slot(BeadType t) {
        return t.sourceCount() * SLOTS + t.targetCount();
    }

    /**
     * The starting prior: 1-1 most likely, each further sentence in a bead and each sentence without
     * counterpart less so.
     */
    static ShapePrior initial(List<BeadType> types, double skipProbability) {
        double[] p = new double[types.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = initialProbability(types.get(k), skipProbability);
        }
        return new ShapePrior(types, p);
    }

    private static double initialProbability(BeadType t, double skipProbability) {
        if (t.isSkip()) {
            return skipProbability;
        }
        int extra = t.sourceCount() + t.targetCount() - 2;
        return Math.pow(0.15, extra) * (t.sourceCount() > 1 && t.targetCount() > 1 ? 0.3 : 1.0);
    }

    /**
     * A prior re-estimated from the shapes of a path: observed counts plus {@code pseudoCount}
     * pseudo-observations distributed as this prior.
     */
    ShapePrior reestimate(Path path, double pseudoCount) {
        double[] p = new double[types.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = pseudoCount * Math.exp(-cost[slot(types.get(k))]);
        }
        for (BeadType t : path.types()) {
            p[types.indexOf(t)] += 1;
        }
        return new ShapePrior(types, p);
    }

    /** The cost of a shape. */
    double cost(BeadType t) {
        return cost[slot(t)];
    }

    List<BeadType> types() {
        return types;
    }
}
