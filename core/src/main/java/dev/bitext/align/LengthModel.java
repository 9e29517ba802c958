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

    LengthModel {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive: " + ratio + ", " + variance);
        }
    }

    /** The cost, in nats, of source length {@code ls} against target length {@code lt}. */
    double cost(double ls, double lt) {
        double mean = Math.max(1.0, (ls + lt / ratio) / 2.0);
        double z = (lt - ratio * ls) / Math.sqrt(variance * mean);
        return Gaussian.twoSidedTailCost(z);
    }
}
