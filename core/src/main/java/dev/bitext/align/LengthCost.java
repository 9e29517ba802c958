package dev.bitext.align;

/**
 * Bead cost from lengths alone: the bead shape's prior plus Gale &amp; Church's length cost.
 * Immutable and thread-safe.
 */
final class LengthCost implements BeadCost {
    private final Lengths source;
    private final Lengths target;
    private final LengthModel model;
    private final ShapePrior prior;

    LengthCost(Lengths source, Lengths target, LengthModel model, ShapePrior prior) {
        this.source = source;
        this.target = target;
        this.model = model;
        this.prior = prior;
    }

    @Override
    public double cost(BeadType type, int i, int j) {
        double ls = source.sum(i, type.sourceCount());
        double lt = target.sum(j, type.targetCount());
        return prior.cost(type) + model.cost(ls, lt);
    }
}
