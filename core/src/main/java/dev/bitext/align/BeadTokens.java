package dev.bitext.align;

import java.util.List;

/**
 * One side's tokens of many beads, interned to dense ids ({@code 0..distinct()-1}, in order of first
 * occurrence) and stored flat: the tokens of bead {@code b} are {@code id(start(b))..id(start(b+1)-1)},
 * in their original order. Keeps per id its 64-bit key and its number of occurrences. Not thread-safe.
 */
final class BeadTokens {
    private final int beads;
    private final int distinct;
    private final long[] keys;
    private final int[] counts;
    private int[] ids;
    private int[] starts;
    private int[] beadOf;
    /** After {@link #orderBeadsByCount}: per flat position the position it had before; else null. */
    private int[] origin;

    private BeadTokens(int beads, int distinct, long[] keys, int[] counts, int[] ids, int[] starts) {
        this.beads = beads;
        this.distinct = distinct;
        this.keys = keys;
        this.counts = counts;
        this.ids = ids;
        this.starts = starts;
    }

    /** The source ({@code source}) or target tokens of all beads of the observations, in order. */
    static BeadTokens of(List<LearnedLexicon.Observation> observations, boolean source) {
        int beads = 0;
        int total = 0;
        for (LearnedLexicon.Observation o : observations) {
            for (long[] tokens : source ? o.sourceTokens() : o.targetTokens()) {
                beads++;
                total += tokens.length;
            }
        }
        LongIntMap idOf = new LongIntMap(1 << 12);
        long[] keys = new long[64];
        int[] counts = new int[64];
        int distinct = 0;
        int[] ids = new int[total];
        int[] starts = new int[beads + 1];
        int b = 0;
        int p = 0;
        for (LearnedLexicon.Observation o : observations) {
            for (long[] tokens : source ? o.sourceTokens() : o.targetTokens()) {
                starts[b++] = p;
                for (long key : tokens) {
                    int id = idOf.getOrPut(key, distinct);
                    if (id == distinct) {
                        if (distinct == keys.length) {
                            keys = java.util.Arrays.copyOf(keys, distinct * 2);
                            counts = java.util.Arrays.copyOf(counts, distinct * 2);
                        }
                        keys[distinct++] = key;
                    }
                    counts[id]++;
                    ids[p++] = id;
                }
            }
        }
        starts[beads] = p;
        return new BeadTokens(beads, distinct, keys, counts, ids, starts);
    }

    /** Drops from every bead the tokens whose count lies outside {@code min..max}; counts stay as they were. */
    void keepCounts(int min, int max) {
        int p = 0;
        int from = 0;
        for (int b = 0; b < beads; b++) {
            int to = starts[b + 1];
            starts[b] = p;
            for (int q = from; q < to; q++) {
                int c = counts[ids[q]];
                if (c >= min && c <= max) {
                    ids[p++] = ids[q];
                }
            }
            from = to;
        }
        starts[beads] = p;
        ids = java.util.Arrays.copyOf(ids, p);
        beadOf = null;
        origin = null;
    }

    /**
     * Orders the tokens within each bead by ascending count (ties keep their order), remembering for each
     * flat position the position it had before (see {@link #origin}).
     */
    void orderBeadsByCount() {
        origin = new int[ids.length];
        for (int at = 0; at < ids.length; at++) {
            origin[at] = at;
        }
        for (int b = 0; b < beads; b++) {
            for (int q = starts[b] + 1; q < starts[b + 1]; q++) {
                int id = ids[q];
                int from = origin[q];
                int c = counts[id];
                int k = q - 1;
                while (k >= starts[b] && counts[ids[k]] > c) {
                    ids[k + 1] = ids[k];
                    origin[k + 1] = origin[k];
                    k--;
                }
                ids[k + 1] = id;
                origin[k + 1] = from;
            }
        }
    }

    /** The flat position {@code at} had before {@link #orderBeadsByCount} ({@code at} itself if never called). */
    int origin(int at) {
        return origin == null ? at : origin[at];
    }

    private static int[] beadsOf(int length, int[] starts, int beads) {
        int[] out = new int[length];
        for (int b = 0; b < beads; b++) {
            java.util.Arrays.fill(out, starts[b], starts[b + 1], b);
        }
        return out;
    }

    int beads() {
        return beads;
    }

    /** Number of distinct tokens (ids). */
    int distinct() {
        return distinct;
    }

    /** Number of stored token occurrences over all beads. */
    int length() {
        return ids.length;
    }

    /** The 64-bit key of token {@code id}. */
    long key(int id) {
        return keys[id];
    }

    /** How often token {@code id} occurred in the beads, counted before any {@link #keepCounts}. */
    int count(int id) {
        return counts[id];
    }

    /** Flat position of the first token of bead {@code b}; {@code start(beads())} is {@link #length()}. */
    int start(int b) {
        return starts[b];
    }

    /** The count of the token at flat position {@code at}. */
    int countAt(int at) {
        return counts[ids[at]];
    }

    /** The token id at flat position {@code at}. */
    int id(int at) {
        return ids[at];
    }

    /** The bead of flat position {@code at}. */
    int beadOf(int at) {
        if (beadOf == null) {
            beadOf = beadsOf(ids.length, starts, beads);
        }
        return beadOf[at];
    }
}
