package dev.bitext.align;

/**
 * Bead cost from lengths and shared evidence: the length cost minus {@code weight} times the bead's
 * log-likelihood ratio of being a translation pair given its items (see {@link WeightedItems}). A 1-0 or
 * 0-1 bead has ratio 0. Immutable and thread-safe; built for one band.
 */
final class EvidenceCost implements BeadCost {
    private final BeadCost length;
    private final WeightedItems source;
    private final WeightedItems target;
    private final PairGains gains;
    private final double weight;

    EvidenceCost(BeadCost length, WeightedItems source, WeightedItems target, PairGains gains, double weight) {
        this.length = length;
        this.source = source;
        this.target = target;
        this.gains = gains;
        this.weight = weight;
    }

    @Override
    public double cost(BeadType type, int i, int j) {
        double c = length.cost(type, i, j);
        if (type.isSkip()) {
            return c;
        }
        return c - weight * logLikelihoodRatio(type, i, j);
    }

    /** The bead's log-likelihood ratio; an item matched in several sentences of the bead counts once at most. */
    double logLikelihoodRatio(BeadType type, int i, int j) {
        double llr = 0;
        for (int s = i; s < i + type.sourceCount(); s++) {
            double g = 0;
            for (int t = j; t < j + type.targetCount(); t++) {
                g += gains.sourceGain(s, t);
            }
            llr += source.base(s) + Math.min(g, source.maxGain(s));
        }
        for (int t = j; t < j + type.targetCount(); t++) {
            double g = 0;
            for (int s = i; s < i + type.sourceCount(); s++) {
                g += gains.targetGain(s, t);
            }
            llr += target.base(t) + Math.min(g, target.maxGain(t));
        }
        return llr;
    }
}
