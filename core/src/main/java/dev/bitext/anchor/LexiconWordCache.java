package dev.bitext.anchor;

/**
 * A bounded, lossy cache of resolved English words ({@link Word}), looked up by a slice of a char
 * buffer without building a string. A word of up to {@value #PACKED_MAX} lowercase letters is keyed
 * by its letters packed five bits each into a long, so a lookup compares longs and touches one object;
 * longer words also compare their letters. Open addressing over a fixed table: a word probes a few
 * slots; when all are taken by other words it replaces the first, so memory stays bounded on any input
 * and a lost entry only costs resolving the word again.
 *
 * <p>Thread-safe: entries are immutable and published through their final fields, so a reader sees
 * either no entry or a complete one; racing writers may drop each other's entries, which is harmless.
 */
final class LexiconWordCache {
    private static final int PACKED_MAX = 12;
    private static final int SLOTS = 1 << 16;
    private static final int PROBES = 8;
    private final Word[] table = new Word[SLOTS];

    /**
     * A resolved word: its key, its lemma, the ids of the one-word keys it matches and the phrases
     * starting with it.
     *
     * @param key      the packed letters, or a hash of them for a longer word
     * @param spelling the letters of a word longer than {@value #PACKED_MAX}, else null
     * @param lemma    the lemma
     * @param ids      the ids of matching one-word keys
     * @param phrases  the multi-word keys starting with the lemma
     */
    record Word(long key, char[] spelling, String lemma, int[] ids, LexiconEnglishIndex.Phrase[] phrases) {
    }

    /** The key of the lowercase letters {@code chars[from, to)}. */
    static long key(char[] chars, int from, int to) {
        long k = 0;
        if (to - from <= PACKED_MAX) {
            for (int i = from; i < to; i++) {
                k = k << 5 | (chars[i] - ('a' - 1));
            }
            return k;
        }
        for (int i = from; i < to; i++) {
            k = (k ^ chars[i]) * 0x100000001b3L;
        }
        return k | Long.MIN_VALUE;
    }

    /** The spelling a word of these letters stores: null when its key is its letters. */
    static char[] spelling(char[] chars, int from, int to) {
        return to - from <= PACKED_MAX ? null : java.util.Arrays.copyOfRange(chars, from, to);
    }

    /** The word cached for the letters {@code chars[from, to)} of key {@code key}, or null. */
    Word get(char[] chars, int from, int to, long key) {
        int h = slot(key);
        for (int p = 0; p < PROBES; p++) {
            Word w = table[(h + p) & (SLOTS - 1)];
            if (w == null) {
                return null;
            }
            if (w.key() == key && (w.spelling() == null || same(w.spelling(), chars, from, to))) {
                return w;
            }
        }
        return null;
    }

    /** Caches {@code word}. */
    void put(Word word) {
        int h = slot(word.key());
        for (int p = 0; p < PROBES; p++) {
            int slot = (h + p) & (SLOTS - 1);
            if (table[slot] == null) {
                table[slot] = word;
                return;
            }
        }
        table[h & (SLOTS - 1)] = word;
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40);
    }

    private static boolean same(char[] word, char[] chars, int from, int to) {
        if (word.length != to - from) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (word[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }
}
