package dev.bitext.align;

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
     * A new array of the distinct keys, ascending. Keys that arrived in ascending order (the common case for
     * anchor keys) are not sorted again.
     */
    long[] sortedDistinct() {
        long[] copy = Arrays.copyOf(keys, size);
        return SortedKeys.isAscending(copy) ? SortedKeys.dropRepeats(copy) : SortedKeys.distinct(copy, size);
    }
}
