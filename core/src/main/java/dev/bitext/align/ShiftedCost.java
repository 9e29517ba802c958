package dev.bitext.align;

/**
 * A bead cost seen from lattice point {@code (i0, j0)}: bead {@code (i, j)} here is bead
 * {@code (i0 + i, j0 + j)} of the underlying cost, for searching a {@link Band#window window} of a band.
 * Thread-safe as the underlying cost is.
 */
final class ShiftedCost implements BeadCost {
    private final BeadCost base;
    private final int i0;
    private final int j0;

    ShiftedCost(BeadCost base, int i0, int j0) {
        this.base = base;
        this.i0 = i0;
        this.j0 = j0;
    }

    @Override
    public double cost(BeadType type, int i, int j) {
        return base.cost(type, i0 + i, j0 + j);
    }

    @Override
    public void row(BeadType[] types, int i, int from, int to, double[][] out) {
        base.row(types, i0 + i, j0 + from, j0 + to, out);
    }
}
