package dev.bitext.align;

/**
 * Gale &amp; Church's length model: the target length of a bead is normally distributed around
 * {@code ratio} times its source length, with variance {@code variance} per unit of length.
 * Immutable and thread-safe.
 *
 * @param ratio    expected target length per unit of source length
 * @param variance variance of the target length per unit of (mean) length
 */
record LengthModel(double ratio, double variance) {

    /** Cost, in nats, per unit of source length of a sentence left without counterpart. */
    static final double SKIP_COST_PER_UNIT = 0.05;

    LengthModel {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive: " + ratio + ", " + variance);
        }
    }

    /** The cost, in nats, of source length {@code ls} against target length {@code lt}. */
    double cost(double ls, double lt) {
        if (ls == 0 || lt == 0) {
            // A sentence without counterpart: Gale & Church's deviation would charge it like a length
            // mismatch of its whole length; a mild charge per unit keeps short boilerplate lines cheap to
            // leave out and long sentences expensive.
            return SKIP_COST_PER_UNIT * (ls + lt / ratio);
        }
        double mean = Math.max(1.0, (ls + lt / ratio) / 2.0);
        double z = (lt - ratio * ls) / Math.sqrt(variance * mean);
        return Gaussian.twoSidedTailCost(z);
    }
}
