package dev.bitext.align;

/**
 * For each token id of a {@link BeadTokens}, the flat positions where it occurs, ascending: positions
 * {@code at(start(id))..at(start(id+1)-1)}. Immutable.
 */
final class Postings {
    private final int[] starts;
    private final int[] positions;

    private Postings(int[] starts, int[] positions) {
        this.starts = starts;
        this.positions = positions;
    }

    /** The postings of the tokens as they are stored now. */
    static Postings of(BeadTokens tokens) {
        int[] starts = new int[tokens.distinct() + 1];
        for (int at = 0; at < tokens.length(); at++) {
            starts[tokens.id(at) + 1]++;
        }
        for (int id = 0; id < tokens.distinct(); id++) {
            starts[id + 1] += starts[id];
        }
        int[] next = java.util.Arrays.copyOf(starts, tokens.distinct());
        int[] positions = new int[tokens.length()];
        for (int at = 0; at < tokens.length(); at++) {
            positions[next[tokens.id(at)]++] = at;
        }
        return new Postings(starts, positions);
    }

    /** Index of the first posting of token {@code id}; {@code start(distinct)} is the total. */
    int start(int id) {
        return starts[id];
    }

    /** The flat position of posting {@code p}. */
    int at(int p) {
        return positions[p];
    }
}
