package dev.bitext.align;

/**
 * A bead cost plus the {@link Coverage} of the bead, weighed: {@code base - weight * coverage score}, for the
 * beads that start at or after lattice point {@code (fromI, fromJ)} (the others are left to the base cost:
 * a search from that point never takes them). Not thread-safe (the coverage keeps what it computed).
 */
final class CoverageCost implements BeadCost {
    private final BeadCost base;
    private final Coverage coverage;
    private final double weight;
    private final int fromI;
    private final int fromJ;

    CoverageCost(BeadCost base, Coverage coverage, double weight) {
        this(base, coverage, weight, 0, 0);
    }

    private CoverageCost(BeadCost base, Coverage coverage, double weight, int fromI, int fromJ) {
        this.base = base;
        this.coverage = coverage;
        this.weight = weight;
        this.fromI = fromI;
        this.fromJ = fromJ;
    }

    /**
     * {@return this cost for searches that start at lattice point (i, j), with a coverage memory of its own (for
     * use on another thread)}
     */
    CoverageCost from(int i, int j) {
        return new CoverageCost(base, coverage.fresh(), weight, i, j);
    }

    @Override
    public double cost(BeadType type, int i, int j) {
        return base.cost(type, i, j) - weight * coverage.score(i, type.sourceCount(), j, type.targetCount());
    }

    @Override
    public void row(BeadType[] types, int i, int from, int to, double[][] out) {
        base.row(types, i, from, to, out);
        for (int t = 0; t < types.length; t++) {
            int a = types[t].sourceCount();
            int b = types[t].targetCount();
            if (i - a < fromI) {
                continue;
            }
            double[] o = out[t];
            for (int j = Math.max(from, fromJ + b); j <= to; j++) {
                o[j - from] -= weight * coverage.score(i - a, a, j - b, b);
            }
        }
    }
}
