package dev.bitext.anchor;

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
        Arrays.sort(ids, 0, size);
        int n = 1;
        for (int i = 1; i < size; i++) {
            if (ids[i] != ids[n - 1]) {
                ids[n++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, n);
    }
}
