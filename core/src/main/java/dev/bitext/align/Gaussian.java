package dev.bitext.align;

/** Normal-distribution tail helpers. Stateless. */
final class Gaussian {
    private Gaussian() {
    }

    /**
     * {@code -log(2 * (1 - Phi(|z|)))}: the cost of a standard normal deviate at least as far from 0 as z,
     * accurate to a few hundredths of a nat for any z (rational approximation of erfc, kept in log space so
     * that large |z| neither underflows nor loses the quadratic growth).
     */
    static double twoSidedTailCost(double z) {
        double a = Math.abs(z) * STEPS;
        if (a < TABLE.length - 1) {
            int k = (int) a;
            double f = a - k;
            return TABLE[k] + f * SLOPE[k];
        }
        return exactTailCost(z);
    }

    private static final int STEPS = 64;
    /** {@link #exactTailCost} at |z| = k / STEPS for |z| up to 40, interpolated linearly in between. */
    private static final double[] TABLE = new double[40 * STEPS + 1];

    /** {@code TABLE[k + 1] - TABLE[k]}, the same difference the interpolation would take, taken once. */
    private static final double[] SLOPE = new double[TABLE.length - 1];

    static {
        for (int k = 0; k < TABLE.length; k++) {
            TABLE[k] = exactTailCost((double) k / STEPS);
        }
        for (int k = 0; k < SLOPE.length; k++) {
            SLOPE[k] = TABLE[k + 1] - TABLE[k];
        }
    }

    /** The approximation the table is built from. */
    static double exactTailCost(double z) {
        double x = Math.abs(z) / Math.sqrt(2.0);
        double t = 1.0 / (1.0 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return x * x - Math.log(poly);
    }
}
