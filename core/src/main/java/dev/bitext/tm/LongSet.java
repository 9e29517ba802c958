package dev.bitext.tm;

/**
 * A growable set of 64-bit keys that are already well mixed (hash values): open addressing with linear
 * probing, grown at three quarters full, so it takes 8 bytes per slot and about 11 to 21 bytes per key.
 * Key 0 is stored as 1 (0 marks an empty slot). Not thread-safe.
 */
final class LongSet {
    private long[] slots = new long[64];
    private int size;

    /** Adds {@code key}; true when it was not in the set before. */
    boolean add(long key) {
        long k = key == 0 ? 1 : key;
        int mask = slots.length - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == k) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = k;
        if (++size * 4L > slots.length * 3L) {
            grow();
        }
        return true;
    }

    /** The number of keys held. */
    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long k : old) {
            if (k != 0) {
                int i = (int) (k ^ (k >>> 32)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = k;
            }
        }
    }
}
