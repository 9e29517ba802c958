package dev.bitext.align;

import dev.bitext.internal.HashKeySort;
import java.util.Arrays;
import java.util.List;

/** Sorted sets of 64-bit keys as plain arrays. Stateless. */
final class SortedKeys {
    private SortedKeys() {
    }

    /** The first {@code count} values of {@code values}, sorted ascending without repeats (sorts in place). */
    static long[] distinct(long[] values, int count) {
        return Arrays.copyOf(values, HashKeySort.sortDistinct(values, count));
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
