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
    /** The ids of sentence s's keys, in the order of its sorted keys: {@code ids[start[s]..start[s + 1])}. */
    private final int[] start;
    private final int[] ids;
    private final int[] offsets;
    private final int[] postings;

    private KeyIndex(int[] start, int[] ids, int distinct) {
        this.start = start;
        this.ids = ids;
        offsets = new int[distinct + 1];
        for (int id : ids) {
            if (id >= 0) {
                offsets[id + 1]++;
            }
        }
        for (int i = 0; i < distinct; i++) {
            offsets[i + 1] += offsets[i];
        }
        postings = new int[offsets[distinct]];
        int[] fill = new int[distinct];
        for (int sid = 0; sid + 1 < start.length; sid++) {
            for (int x = start[sid]; x < start[sid + 1]; x++) {
                if (ids[x] >= 0) {
                    postings[offsets[ids[x]] + fill[ids[x]]++] = sid;
                }
            }
        }
    }

    /**
     * The indexes of both sides, source first, with one id per key shared by both. Keys are interned from the
     * side with fewer key occurrences; keys of the other side that the first lacks get no id (-1): they can
     * match nothing, and leaving them out keeps the dictionary small (a Chinese sentence yields over a hundred
     * pinyin keys for possible names, few of which the English side holds).
     */
    static KeyIndex[] pair(List<SentenceItems> source, List<SentenceItems> target) {
        int[] sourceStart = starts(source);
        int[] targetStart = starts(target);
        boolean sourceFirst = sourceStart[source.size()] <= targetStart[target.size()];
        int firstOccurrences = sourceFirst ? sourceStart[source.size()] : targetStart[target.size()];
        LongIntMap dictionary = new LongIntMap(Math.max(1 << 10, firstOccurrences / 2));
        int[] s;
        int[] t;
        if (sourceFirst) {
            s = intern(source, sourceStart, dictionary, true);
            t = intern(target, targetStart, dictionary, false);
        } else {
            t = intern(target, targetStart, dictionary, true);
            s = intern(source, sourceStart, dictionary, false);
        }
        return new KeyIndex[] {new KeyIndex(sourceStart, s, dictionary.size()),
            new KeyIndex(targetStart, t, dictionary.size())};
    }

    private static int[] starts(List<SentenceItems> sentences) {
        int[] start = new int[sentences.size() + 1];
        for (int k = 0; k < sentences.size(); k++) {
            start[k + 1] = start[k] + sentences.get(k).keys().length;
        }
        return start;
    }

    /** The ids of the sentences' keys; new keys get new ids when {@code add}, else -1. */
    private static int[] intern(List<SentenceItems> sentences, int[] start, LongIntMap dictionary, boolean add) {
        int[] ids = new int[start[sentences.size()]];
        for (int k = 0; k < sentences.size(); k++) {
            long[] keys = sentences.get(k).keys();
            for (int x = 0; x < keys.length; x++) {
                ids[start[k] + x] = add ? dictionary.getOrPut(keys[x], dictionary.size()) : dictionary.get(keys[x], -1);
            }
        }
        return ids;
    }

    /**
     * The id of {@code key}, one of the keys of this side's sentence {@code sentence} (whose sorted keys are
     * {@code keys}), or -1 when that sentence lacks it or the key has no id (see {@link #pair}).
     */
    int idIn(int sentence, long[] keys, long key) {
        int at = java.util.Arrays.binarySearch(keys, key);
        return at < 0 ? -1 : ids[start[sentence] + at];
    }

    /** Where the ids of sentence {@code sentence}'s keys start in {@link #ids()}; they end where the next's start. */
    int start(int sentence) {
        return start[sentence];
    }

    /** The ids of every sentence's keys, flat (see {@link #start}), -1 for keys without id. Not to be modified. */
    int[] ids() {
        return ids;
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
     * Cursors for {@link #markId(int, int, int, long[], long, int[])}, one per id, none placed yet. Each caller
     * owns its cursors.
     */
    int[] cursors() {
        int[] c = new int[offsets.length - 1];
        java.util.Arrays.fill(c, -1);
        return c;
    }

    /**
     * Sets bit {@code bit} of {@code masks[t - lo]} for every sentence {@code t} in {@code [lo, hi]} that holds
     * the key with id {@code id}. For calls whose {@code lo} never decreases from one call to the next for the
     * same id: the id's cursor is placed by a binary search the first time, then moves forward.
     */
    void markId(int id, int lo, int hi, long[] masks, long bit, int[] cursors) {
        int to = offsets[id + 1];
        int p = cursors[id];
        if (p < 0) {
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
            p = a;
        }
        while (p < to && postings[p] < lo) {
            p++;
        }
        cursors[id] = p;
        for (; p < to && postings[p] <= hi; p++) {
            masks[postings[p] - lo] |= bit;
        }
    }
}
