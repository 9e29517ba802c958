package dev.bitext.align;

import java.util.List;

/**
 * An inverted index over one side's sentences: for each key, the ascending ids of the sentences holding it.
 * The two sides of a document pair are indexed together ({@link #pair}), so that a key has one dense id on
 * both sides: a sentence's keys are resolved once, through one hash lookup each, and everything after works
 * on those ids. Postings sit in one array (a counting sort). Memory is linear in the number of distinct keys
 * plus the number of (key, sentence) occurrences. Immutable after construction.
 */
final class KeyIndex {
    private final int[][] sentenceIds;
    private final int[] offsets;
    private final int[] postings;

    private KeyIndex(int[][] sentenceIds, int distinct) {
        this.sentenceIds = sentenceIds;
        offsets = new int[distinct + 1];
        for (int[] ids : sentenceIds) {
            for (int id : ids) {
                offsets[id + 1]++;
            }
        }
        for (int i = 0; i < distinct; i++) {
            offsets[i + 1] += offsets[i];
        }
        postings = new int[offsets[distinct]];
        int[] fill = new int[distinct];
        for (int sid = 0; sid < sentenceIds.length; sid++) {
            for (int id : sentenceIds[sid]) {
                postings[offsets[id] + fill[id]++] = sid;
            }
        }
    }

    /** The indexes of both sides, source first, with one id per key shared by both. */
    static KeyIndex[] pair(List<SentenceItems> source, List<SentenceItems> target) {
        long occurrences = 0;
        for (SentenceItems x : source) {
            occurrences += x.keys().length;
        }
        for (SentenceItems x : target) {
            occurrences += x.keys().length;
        }
        // distinct keys are a fraction of the occurrences; sized so that the map rarely grows
        LongIntMap dictionary = new LongIntMap((int) Math.min(1 << 24, Math.max(1 << 10, occurrences / 3)));
        int[][] s = intern(source, dictionary);
        int[][] t = intern(target, dictionary);
        return new KeyIndex[] {new KeyIndex(s, dictionary.size()), new KeyIndex(t, dictionary.size())};
    }

    private static int[][] intern(List<SentenceItems> sentences, LongIntMap dictionary) {
        int[][] out = new int[sentences.size()][];
        for (int k = 0; k < out.length; k++) {
            long[] keys = sentences.get(k).keys();
            int[] ids = new int[keys.length];
            for (int x = 0; x < keys.length; x++) {
                ids[x] = dictionary.getOrPut(keys[x], dictionary.size());
            }
            out[k] = ids;
        }
        return out;
    }

    /**
     * The id of {@code key}, one of the keys of this side's sentence {@code sentence} (whose sorted keys are
     * {@code keys}), or -1 when that sentence lacks it.
     */
    int idIn(int sentence, long[] keys, long key) {
        int at = java.util.Arrays.binarySearch(keys, key);
        return at < 0 ? -1 : sentenceIds[sentence][at];
    }

    /** The ids of sentence {@code sentence}'s keys, in the order of its sorted keys. Not to be modified. */
    int[] ids(int sentence) {
        return sentenceIds[sentence];
    }

    /** The number of distinct keys of both sides: ids run from 0 to this, exclusive. */
    int distinct() {
        return offsets.length - 1;
    }

    /** The number of sentences of this side holding the key with id {@code id}. */
    int frequencyOf(int id) {
        return offsets[id + 1] - offsets[id];
    }

    /**
     * Sets bit {@code bit} of {@code masks[t - lo]} for every sentence {@code t} in {@code [lo, hi]} that holds
     * the key with id {@code id}.
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
