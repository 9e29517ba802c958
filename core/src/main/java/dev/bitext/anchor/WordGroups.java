package dev.bitext.anchor;

/**
 * Groups ascending lexicon ids by their word in linear time (short lists by a plain scan), for {@link Lexicon#forEachWord}: the groups
 * in the order of their smallest id, the ids of a group ascending. Stateless and thread-safe.
 */
final class WordGroups {
    /** Up to this many ids, a quadratic scan without tables is faster. */
    private static final int SMALL = 24;

    private WordGroups() {
    }

    /** {@link #forEach} by scanning, for each id not yet reported, the ids after it for the same word. */
    private static void forEachSmall(int[] ids, int[] word, LexiconWordConsumer consumer) {
        int[] group = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0) {
                continue;
            }
            int w = word[ids[i]];
            int count = 0;
            for (int j = i; j < ids.length; j++) {
                if (ids[j] >= 0 && word[ids[j]] == w) {
                    group[count++] = ids[j];
                    ids[j] = -1;
                }
            }
            consumer.accept(group, count);
        }
    }

    /**
     * Reports the ascending distinct {@code ids} grouped by {@code word[id]} to {@code consumer}: one call
     * per word, the words in the order of their smallest id, the ids of each word ascending. May overwrite
     * {@code ids}.
     */
    static void forEach(int[] ids, int[] word, LexiconWordConsumer consumer) {
        int n = ids.length;
        if (n <= SMALL) {
            forEachSmall(ids, word, consumer);
            return;
        }
        // Number the words in order of first appearance with a small open-addressing table.
        int mask = Integer.highestOneBit(n * 2) * 2 - 1;
        int[] slotWord = new int[mask + 1];
        int[] slotGroup = new int[mask + 1];
        java.util.Arrays.fill(slotWord, -1);
        int[] groupOf = new int[n];
        int[] size = new int[n + 1];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int w = word[ids[i]];
            int slot = (w * 0x9E3779B9) >>> 7 & mask;
            while (slotWord[slot] != w && slotWord[slot] != -1) {
                slot = (slot + 1) & mask;
            }
            if (slotWord[slot] == -1) {
                slotWord[slot] = w;
                slotGroup[slot] = groups++;
            }
            groupOf[i] = slotGroup[slot];
            size[groupOf[i] + 1]++;
        }
        // Counting sort by group: scanning the ids in order keeps each group ascending.
        for (int g = 1; g <= groups; g++) {
            size[g] += size[g - 1];
        }
        int[] sorted = new int[n];
        int[] next = java.util.Arrays.copyOf(size, groups);
        for (int i = 0; i < n; i++) {
            sorted[next[groupOf[i]]++] = ids[i];
        }
        int[] group = new int[n];
        for (int g = 0; g < groups; g++) {
            int count = size[g + 1] - size[g];
            System.arraycopy(sorted, size[g], group, 0, count);
            consumer.accept(group, count);
        }
    }
}
