package dev.bitext.align;

/**
 * A best path through the lattice: bead {@code k} runs from point {@code k} to point {@code k + 1}.
 *
 * @param pointI source coordinate of each point, from 0 to n
 * @param pointJ target coordinate of each point, from 0 to m
 * @param types  the shape of each bead
 */
record Path(int[] pointI, int[] pointJ, BeadType[] types) implements java.io.Serializable {
    int beads() {
        return types.length;
    }
}
