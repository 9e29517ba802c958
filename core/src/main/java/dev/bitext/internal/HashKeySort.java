package dev.bitext.internal;

import java.util.Arrays;

/**
 * Sorts arrays of 64-bit hash keys (well-mixed, so roughly uniform) into ascending distinct order in
 * expected linear time: one bucket pass on the top bits, then an insertion sort that only moves keys
 * within their bucket. Short arrays are insertion-sorted directly; inputs that are not spread out (any
 * bucket too full) fall back to {@link Arrays#sort(long[], int, int)}, so the result is always exact and
 * the worst case stays O(n log n). Stateless and thread-safe.
 */
public final class HashKeySort {
    /** Below this many keys a plain sort is as fast. */
    private static final int MIN_BUCKETED = 32;
    /** A bucket holding more keys than this means the keys are not spread out. */
    private static final int MAX_BUCKET = 32;

    private HashKeySort() {
    }

    /**
     * Sorts {@code keys[0, count)} ascending (signed order, as {@link Arrays#sort(long[])}), moves its
     * distinct values to the front and returns their number.
     *
     * @throws IndexOutOfBoundsException if {@code count} exceeds the array length
     */
    public static int sortDistinct(long[] keys, int count) {
        if (count < MIN_BUCKETED) {
            insertionSort(keys, count);
        } else if (!bucketSort(keys, count)) {
            Arrays.sort(keys, 0, count);
        }
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (n == 0 || keys[i] != keys[n - 1]) {
                keys[n++] = keys[i];
            }
        }
        return n;
    }

    /** Sorts {@code keys[0, count)} in place; false, leaving the keys unchanged, when a bucket is too full. */
    private static boolean bucketSort(long[] keys, int count) {
        int bits = 32 - Integer.numberOfLeadingZeros(count);
        int[] start = new int[(1 << bits) + 1];
        for (int i = 0; i < count; i++) {
            if (++start[bucket(keys[i], bits) + 1] > MAX_BUCKET) {
                return false;
            }
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        long[] spread = new long[count];
        for (int i = 0; i < count; i++) {
            spread[start[bucket(keys[i], bits)]++] = keys[i];
        }
        insertionSort(spread, count);
        System.arraycopy(spread, 0, keys, 0, count);
        return true;
    }

    /** Sorts {@code keys[0, count)}: fast when short or when every key is near its place (bucketed). */
    private static void insertionSort(long[] keys, int count) {
        for (int i = 1; i < count; i++) {
            long v = keys[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > v) {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = v;
        }
    }

    /** The bucket of {@code key} among {@code 2^bits}, in signed order: the top bits with the sign flipped. */
    private static int bucket(long key, int bits) {
        return (int) ((key ^ Long.MIN_VALUE) >>> (64 - bits));
    }
}
