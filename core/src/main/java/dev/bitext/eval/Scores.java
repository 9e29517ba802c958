package dev.bitext.eval;

/**
 * Counts behind strict and lax precision and recall; add counts over files, then read the ratios
 * (micro-average).
 *
 * <p>Immutable and thread-safe.
 *
 * @param testBeads        test beads counted for precision
 * @param strictPrecisionHits test beads found exactly in gold
 * @param laxPrecisionHits    test beads that are lax hits
 * @param goldBeads        gold beads counted for recall (both sides non-empty)
 * @param strictRecallHits gold beads found exactly in test
 * @param laxRecallHits    gold beads that are lax hits against test
 */
public record Scores(long testBeads, long strictPrecisionHits, long laxPrecisionHits,
                     long goldBeads, long strictRecallHits, long laxRecallHits) {
    /** Zero counts. */
    public static final Scores ZERO = new Scores(0, 0, 0, 0, 0, 0);

    /**
     * The sum of two count sets.
     *
     * @param o the counts to add
     * @return the counts of both
     */
    public Scores plus(Scores o) {
        return new Scores(testBeads + o.testBeads, strictPrecisionHits + o.strictPrecisionHits,
                laxPrecisionHits + o.laxPrecisionHits, goldBeads + o.goldBeads,
                strictRecallHits + o.strictRecallHits, laxRecallHits + o.laxRecallHits);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** {@return strict precision} */
    public double precisionStrict() {
        return ratio(strictPrecisionHits, testBeads);
    }

    /** {@return strict recall} */
    public double recallStrict() {
        return ratio(strictRecallHits, goldBeads);
    }

    /** {@return strict F1} */
    public double f1Strict() {
        return f1(precisionStrict(), recallStrict());
    }

    /** {@return lax precision} */
    public double precisionLax() {
        return ratio(laxPrecisionHits, testBeads);
    }

    /** {@return lax recall} */
    public double recallLax() {
        return ratio(laxRecallHits, goldBeads);
    }

    /** {@return lax F1} */
    public double f1Lax() {
        return f1(precisionLax(), recallLax());
    }
}
