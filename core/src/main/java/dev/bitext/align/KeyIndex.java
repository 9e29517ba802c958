package dev.bitext.align;

import java.util.List;

/**
 * An inverted index over one side's sentences: for each key, the ascending ids of the sentences holding
 * it. Keys map to dense ids through a primitive hash map; postings sit in one array. Memory is linear in
 * the number of distinct keys plus the number of (key, sentence) occurrences. Immutable after construction.
 */
final class KeyIndex {
    private final LongIntMap ids;
    private final int[] offsets;
    private final int[] postings;

    KeyIndex(List<SentenceItems> sentences) {
        ids = new LongIntMap(1 << 10);
        int total = 0;
        int[] count = new int[1 << 10];
        for (SentenceItems s : sentences) {
            for (long k : s.keys()) {
                int id = ids.get(k, -1);
                if (id < 0) {
                    id = ids.size();
                    ids.put(k, id);
                    if (id == count.length) {
                        count = java.util.Arrays.copyOf(count, count.length * 2);
                    }
                }
                count[id]++;
                total++;
            }
        }
        int distinct = ids.size();
        offsets = new int[distinct + 1];
        for (int i = 0; i < distinct; i++) {
            offsets[i + 1] = offsets[i] + count[i];
        }
        postings = new int[total];
        int[] fill = count; // reused as fill positions
        java.util.Arrays.fill(fill, 0, distinct, 0);
        for (int sid = 0; sid < sentences.size(); sid++) {
            for (long k : sentences.get(sid).keys()) {
                int id = ids.get(k, -1);
                postings[offsets[id] + fill[id]++] = sid;
            }
        }
    }

    /** The dense id of {@code key}, or -1 when no sentence holds it. */
    int id(long key) {
        return ids.get(key, -1);
    }

    /** The number of sentences holding the key with dense id {@code id}. */
    int frequencyOf(int id) {
        return offsets[id + 1] - offsets[id];
    }

    /**
     * Sets bit {@code bit} of {@code masks[t - lo]} for every sentence {@code t} in {@code [lo, hi]} that holds
     * the key with dense id {@code id}.
     */
    void markId(int id, int lo, int hi, long[] masks, long bit) {
        int to = offsets[id + 1];
        int a = offsets[id];
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
