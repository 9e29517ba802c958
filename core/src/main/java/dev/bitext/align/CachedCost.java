package dev.bitext.align;

import java.util.stream.IntStream;

/**
 * The bead costs of every cell of a band, computed once (rows in parallel chunks when the band is large) so that several sweeps
 * over the same band (Viterbi with the forward values, and the backward values) do not each compute them.
 * {@link #row} copies the stored values; {@link #cost} asks the underlying cost. Immutable and thread-safe
 * once built. Memory: one double per cell and shape.
 */
final class CachedCost implements BeadCost {
    /** Rows per parallel task. */
    private static final int CHUNK = 256;

    private final BeadCost cost;
    private final Band band;
    /** {@code table[t][band.index(i, j)]}: the cost of the bead of shape t ending at (i, j). */
    private final double[][] table;

    private CachedCost(BeadCost cost, Band band, double[][] table) {
        this.cost = cost;
        this.band = band;
        this.table = table;
    }

    /** The costs of {@code cost} for beads of shapes {@code types} ending in any cell of {@code band}. */
    static CachedCost of(BeadCost cost, Band band, BeadType[] types) {
        int cells = Math.toIntExact(band.cells());
        double[][] table = new double[types.length][cells];
        IntStream chunks = IntStream.range(0, band.n / CHUNK + 1);
        (Concurrency.worthAsync(cells) ? chunks.parallel() : chunks).forEach(chunk -> {
            double[][] row = new double[types.length][];
            for (int i = chunk * CHUNK; i <= Math.min(band.n, chunk * CHUNK + CHUNK - 1); i++) {
                int lo = band.lo(i);
                int hi = band.hi(i);
                Lattice.ensure(row, hi - lo + 1);
                cost.row(types, i, lo, hi, row);
                int at = band.index(i, lo);
                for (int t = 0; t < types.length; t++) {
                    System.arraycopy(row[t], 0, table[t], at, hi - lo + 1);
                }
            }
        });
        return new CachedCost(cost, band, table);
    }

    /**
     * The stored costs of row {@code i}, columns {@code from..to}; {@code types} must be the shapes the table
     * was built for, in the same order, and the columns inside the band's row.
     */
    @Override
    public void row(BeadType[] types, int i, int from, int to, double[][] out) {
        int at = band.index(i, from);
        for (int t = 0; t < types.length; t++) {
            System.arraycopy(table[t], at, out[t], 0, to - from + 1);
        }
    }

    @Override
    public double cost(BeadType type, int i, int j) {
        return cost.cost(type, i, j);
    }
}
