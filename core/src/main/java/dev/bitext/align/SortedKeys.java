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

    /** Whether {@code values} is ascending (repeats allowed). */
    static boolean isAscending(long[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The ascending {@code values} without repeats: {@code values} itself when it has none. */
    static long[] dropRepeats(long[] values) {
        int n = dropRepeats(values, values.length);
        return n == values.length ? values : Arrays.copyOf(values, n);
    }

    /** Moves the distinct values of the ascending {@code values[0, count)} to the front; returns their number. */
    private static int dropRepeats(long[] values, int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return n;
    }

    /** The union of two ascending arrays without repeats, ascending without repeats. */
    static long[] mergeDistinct(long[] a, long[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            long x = a[i] <= b[j] ? a[i] : b[j];
            if (a[i] == x) {
                i++;
            }
            if (b[j] == x) {
                j++;
            }
            out[n++] = x;
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
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
