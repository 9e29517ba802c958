package dev.bitext.align;

import dev.bitext.internal.HashKeySort;
import java.util.Arrays;

/** A growable buffer of 64-bit keys, appended to one by one or in slices. Not thread-safe. */
final class KeyBuffer {
    private long[] keys = new long[32];
    private int size;

    int size() {
        return size;
    }

    /** Empties the buffer, keeping its capacity. */
    void clear() {
        size = 0;
    }

    void add(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
    }

    /** Appends {@code from[start, end)}. */
    void addAll(long[] from, int start, int end) {
        int n = end - start;
        if (size + n > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(size * 2, size + n));
        }
        System.arraycopy(from, start, keys, size, n);
        size += n;
    }

    /** A new array of the keys at {@code [from, to)}. */
    long[] copy(int from, int to) {
        return Arrays.copyOfRange(keys, from, to);
    }

    /**
     * Sorts the keys in place, ascending, and drops repeats. Keys that arrived in ascending order (the common
     * case for anchor keys) are not sorted again.
     */
    void sortDistinct() {
        for (int i = 1; i < size; i++) {
            if (keys[i] < keys[i - 1]) {
                size = HashKeySort.sortDistinct(keys, size);
                return;
            }
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n == 0 || keys[i] != keys[n - 1]) {
                keys[n++] = keys[i];
            }
        }
        size = n;
    }

    /** The union of two {@linkplain #sortDistinct sorted distinct} buffers as a new ascending array. */
    static long[] union(KeyBuffer a, KeyBuffer b) {
        if (b.size == 0 || a.size == 0) {
            KeyBuffer only = a.size == 0 ? b : a;
            return Arrays.copyOf(only.keys, only.size);
        }
        long[] out = new long[merge(a, b, null)];
        merge(a, b, out);
        return out;
    }

    /** Merges two sorted distinct buffers into {@code out} (when not null); returns the number of distinct keys. */
    private static int merge(KeyBuffer a, KeyBuffer b, long[] out) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.size || j < b.size) {
            long x;
            if (j == b.size || i < a.size && a.keys[i] < b.keys[j]) {
                x = a.keys[i++];
            } else if (i == a.size || b.keys[j] < a.keys[i]) {
                x = b.keys[j++];
            } else {
                x = a.keys[i++];
                j++;
            }
            if (out != null) {
                out[n] = x;
            }
            n++;
        }
        return n;
    }
}
