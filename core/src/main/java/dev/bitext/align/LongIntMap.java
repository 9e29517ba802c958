package dev.bitext.align;

import java.util.Arrays;

/**
 * A growable map from 64-bit keys to int values without boxing: open addressing with linear probing.
 * Not thread-safe.
 */
final class LongIntMap implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private boolean hasEmptyKey;
    private int emptyKeyValue;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        if (key == EMPTY) {
            return hasEmptyKey ? emptyKeyValue : missing;
        }
        int i = slot(key);
        return keys[i] == EMPTY ? missing : values[i];
    }

    /** Adds {@code delta} to the value of {@code key} (absent keys count as 0); returns the new value. */
    int add(long key, int delta) {
        if (key == EMPTY) {
            if (!hasEmptyKey) {
                hasEmptyKey = true;
                size++;
            }
            emptyKeyValue += delta;
            return emptyKeyValue;
        }
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            values[i] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
            return delta;
        }
        values[i] += delta;
        return values[i];
    }

    /**
     * The value of {@code key}; when absent, first stores {@code value} for it (so the result equals
     * {@code value} exactly when the key was new or already held that value). One probe sequence.
     */
    int getOrPut(long key, int value) {
        if (key == EMPTY) {
            if (!hasEmptyKey) {
                hasEmptyKey = true;
                emptyKeyValue = value;
                size++;
            }
            return emptyKeyValue;
        }
        int i = slot(key);
        if (keys[i] != EMPTY) {
            return values[i];
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    /** Sets the value of {@code key}. */
    void put(long key, int value) {
        int old = get(key, 0);
        add(key, value - old);
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                int i = slot(oldKeys[k]);
                keys[i] = oldKeys[k];
                values[i] = oldValues[k];
            }
        }
    }
}
