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
        long[] out = new long[a.size + b.size];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.size && j < b.size) {
            long x = Math.min(a.keys[i], b.keys[j]);
            if (a.keys[i] == x) {
                i++;
            }
            if (b.keys[j] == x) {
                j++;
            }
            out[n++] = x;
        }
        System.arraycopy(a.keys, i, out, n, a.size - i);
        n += a.size - i;
        System.arraycopy(b.keys, j, out, n, b.size - j);
        n += b.size - j;
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
