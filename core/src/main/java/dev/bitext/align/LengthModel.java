package dev.bitext.align;

/**
 * Gale &amp; Church's length model: the target length of a bead is normally distributed around
 * {@code ratio} times its source length, with variance {@code variance} per unit of length.
 * Immutable and thread-safe.
 */
final class LengthModel implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Cost, in nats, per unit of source length of a sentence left without counterpart. */
    static final double SKIP_COST_PER_UNIT = 0.05;

    private final double ratio;
    private final double variance;
    private final double inverseRatio;
    private final double halfVariance;

    LengthModel(double ratio, double variance) {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive: " + ratio + ", " + variance);
        }
        this.ratio = ratio;
        this.variance = variance;
        this.inverseRatio = 1.0 / ratio;
        this.halfVariance = variance / 2.0;
    }

    /** The cost, in nats, of source length {@code ls} against target length {@code lt}. */
    double cost(double ls, double lt) {
        if (ls == 0 || lt == 0) {
            // A sentence without counterpart: Gale & Church's deviation would charge it like a length
            // mismatch of its whole length; a mild charge per unit keeps short boilerplate lines cheap to
            // leave out and long sentences expensive.
            return SKIP_COST_PER_UNIT * (ls + lt * inverseRatio);
        }
        // variance times the mean length (at least 1), the mean taken over both sides in source units
        double spread = Math.max(variance, halfVariance * (ls + lt * inverseRatio));
        return Gaussian.twoSidedTailCost((lt - ratio * ls) / Math.sqrt(spread));
    }
}
