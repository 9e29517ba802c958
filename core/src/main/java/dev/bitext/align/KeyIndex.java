package dev.bitext.align;

import java.util.List;

/**
 * An inverted index over one side's sentences: for each key, the ascending ids of the sentences holding
 * it. Open addressing on the (well-mixed) keys, postings in one array. Immutable after construction.
 */
final class KeyIndex {
    private final long[] keys;
    private final int[] offsets;
    private final int[] postings;
    private final int mask;
    private final boolean[] used;

    KeyIndex(List<SentenceItems> sentences) {
        int total = 0;
        for (SentenceItems s : sentences) {
            total += s.keys().length;
        }
        int capacity = Integer.highestOneBit(Math.max(4, total * 2 + 1) - 1) << 1;
        keys = new long[capacity];
        boolean[] occupied = new boolean[capacity];
        int[] count = new int[capacity];
        mask = capacity - 1;
        for (SentenceItems s : sentences) {
            for (long k : s.keys()) {
                int slot = probe(k, occupied);
                occupied[slot] = true;
                keys[slot] = k;
                count[slot]++;
            }
        }
        offsets = new int[capacity + 1];
        for (int i = 0; i < capacity; i++) {
            offsets[i + 1] = offsets[i] + count[i];
        }
        postings = new int[total];
        int[] fill = new int[capacity];
        for (int id = 0; id < sentences.size(); id++) {
            for (long k : sentences.get(id).keys()) {
                int slot = probe(k, occupied);
                postings[offsets[slot] + fill[slot]++] = id;
            }
        }
        this.used = occupied;
    }

    private int probe(long key, boolean[] occupied) {
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (occupied[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private int slotOf(long key) {
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The number of sentences holding {@code key}. */
    int frequency(long key) {
        int slot = slotOf(key);
        return slot < 0 ? 0 : offsets[slot + 1] - offsets[slot];
    }

    /**
     * Sets bit {@code bit} of {@code masks[t - lo]} for every sentence {@code t} in {@code [lo, hi]} that holds
     * {@code key}.
     */
    void mark(long key, int lo, int hi, long[] masks, long bit) {
        int slot = slotOf(key);
        if (slot < 0) {
            return;
        }
        int from = offsets[slot];
        int to = offsets[slot + 1];
        // first posting >= lo
        int a = from;
        int b = to;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (postings[mid] < lo) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        for (int p = a; p < to && postings[p] <= hi; p++) {
            masks[postings[p] - lo] |= bit;
        }
    }

}
