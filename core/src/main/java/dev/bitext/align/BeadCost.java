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
}
