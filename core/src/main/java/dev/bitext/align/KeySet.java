package dev.bitext.align;

/**
 * An immutable set of 64-bit keys with constant-time look-up: open addressing on the key's low bits
 * (keys are already well-mixed hashes).
 */
final class KeySet {
    static final KeySet EMPTY = new KeySet(new long[0]);

    private final long[] table;
    private final int mask;
    private final boolean hasZero;

    KeySet(long[] keys) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 + 1) - 1) << 1;
        table = new long[keys.length == 0 ? 1 : capacity];
        mask = table.length - 1;
        boolean zero = false;
        for (long k : keys) {
            if (k == 0) {
                zero = true;
                continue;
            }
            int i = (int) k & mask;
            while (table[i] != 0 && table[i] != k) {
                i = (i + 1) & mask;
            }
            table[i] = k;
        }
        hasZero = zero;
    }

    boolean contains(long key) {
        if (key == 0) {
            return hasZero;
        }
        int i = (int) key & mask;
        while (true) {
            long v = table[i];
            if (v == key) {
                return true;
            }
            if (v == 0) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }
}
