package dev.bitext.anchor;

import dev.bitext.internal.HashKeySort;
import java.util.Arrays;

/** A growable buffer of ints that ends as a sorted array of distinct values. Not thread-safe: one per call. */
final class LexiconIds {
    private static final int[] NONE = new int[0];
    private int[] ids = new int[16];
    private int size;

    void add(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    void addAll(int[] more) {
        if (size + more.length > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(size * 2, size + more.length));
        }
        System.arraycopy(more, 0, ids, size, more.length);
        size += more.length;
    }

    /** The ids added so far, sorted, each once. */
    int[] sortedDistinct() {
        if (size == 0) {
            return NONE;
        }
        // Ids are non-negative: shifted so that the largest fills the top bit and flipped to signed order, they
        // sort as hash keys do (spread over the key range), in the same order.
        int max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, ids[i]);
        }
        int shift = Long.numberOfLeadingZeros(max) & 63;
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((long) ids[i] << shift) ^ Long.MIN_VALUE;
        }
        int n = HashKeySort.sortDistinct(keys, size);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) ((keys[i] ^ Long.MIN_VALUE) >>> shift);
        }
        return out;
    }
}
