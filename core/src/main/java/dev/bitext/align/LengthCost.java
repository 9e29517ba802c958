package dev.bitext.align;

/**
 * Bead cost from lengths alone: the bead shape's prior plus Gale &amp; Church's length cost.
 * Immutable and thread-safe.
 */
final class LengthCost implements BeadCost {
    /**
     * Cost, before re-estimation, of each paragraph boundary that a bead crosses on one side more than on
     * the other: paragraphs of a translation mostly correspond, and web boilerplate comes as one line per
     * paragraph. Equal to the prior cost of leaving a sentence unpaired: the same kind of structural surprise.
     */
    static final double INITIAL_PARAGRAPH_PENALTY = -Math.log(BeadSearch.SKIP_PROBABILITY);

    private final Lengths source;
    private final Lengths target;
    private final LengthModel model;
    private final ShapePrior prior;
    private final double paragraphPenalty;

    LengthCost(Lengths source, Lengths target, LengthModel model, ShapePrior prior, double paragraphPenalty) {
        this.source = source;
        this.target = target;
        this.model = model;
        this.prior = prior;
        this.paragraphPenalty = paragraphPenalty;
    }

    /** Paragraph boundaries a bead crosses on one side more than on the other. */
    int unevenBreaks(BeadType type, int i, int j) {
        return Math.abs(source.paragraphBreaks(i, type.sourceCount()) - target.paragraphBreaks(j, type.targetCount()));
    }

    @Override
    public void row(BeadType[] types, int i, int from, int to, double[][] out) {
        for (int t = 0; t < types.length; t++) {
            BeadType type = types[t];
            int a = type.sourceCount();
            int b = type.targetCount();
            if (i < a) {
                continue;
            }
            double ls = source.sum(i - a, a);
            double fixed = prior.cost(type);
            int sourceBreaks = source.paragraphBreaks(i - a, a);
            double[] o = out[t];
            for (int j = Math.max(from, b); j <= to; j++) {
                int uneven = Math.abs(sourceBreaks - target.paragraphBreaks(j - b, b));
                o[j - from] = fixed + model.cost(ls, target.sum(j - b, b)) + paragraphPenalty * uneven;
            }
        }
    }

    @Override
    public double cost(BeadType type, int i, int j) {
        double ls = source.sum(i, type.sourceCount());
        double lt = target.sum(j, type.targetCount());
        return prior.cost(type) + model.cost(ls, lt) + paragraphPenalty * unevenBreaks(type, i, j);
    }
}
