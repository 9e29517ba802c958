package dev.bitext.align;

/**
 * The cost, in nats (negative log probability), of one bead. Implementations are immutable and
 * thread-safe once built.
 */
interface BeadCost {
    /**
     * The cost of a bead of shape {@code type} covering source sentences {@code [i, i + a)} and target
     * sentences {@code [j, j + b)}.
     */
    double cost(BeadType type, int i, int j);

    /**
     * The costs of the beads of every shape that end at lattice row {@code i}, columns {@code from..to}:
     * {@code out[t][j - from]} is the cost of the bead of shape {@code types[t]} ending at {@code (i, j)}, i.e.
     * {@code cost(types[t], i - a, j - b)}. Entries of beads that would start outside the lattice are left
     * unspecified. The default asks {@link #cost} bead by bead; implementations may share work along the row.
     */
    default void row(BeadType[] types, int i, int from, int to, double[][] out) {
        for (int t = 0; t < types.length; t++) {
            int a = types[t].sourceCount();
            int b = types[t].targetCount();
            if (i < a) {
                continue;
            }
            double[] o = out[t];
            for (int j = Math.max(from, b); j <= to; j++) {
                o[j - from] = cost(types[t], i - a, j - b);
            }
        }
    }
}
