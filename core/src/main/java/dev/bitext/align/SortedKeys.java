package dev.bitext.align;

import java.util.Arrays;
import java.util.List;

/** Sorted sets of 64-bit keys as plain arrays. Stateless. */
final class SortedKeys {
    private SortedKeys() {
    }

    /** The first {@code count} values of {@code values}, sorted ascending without repeats (sorts in place). */
    static long[] distinct(long[] values, int count) {
        Arrays.sort(values, 0, count);
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }

    /** The union of some arrays, sorted ascending without repeats. */
    static long[] union(List<long[]> arrays) {
        int total = 0;
        for (long[] a : arrays) {
            total += a.length;
        }
        long[] all = new long[total];
        int p = 0;
        for (long[] a : arrays) {
            System.arraycopy(a, 0, all, p, a.length);
            p += a.length;
        }
        return distinct(all, total);
    }
}
