package dev.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Candidate anchor pairs of a segment of a document pair: every pair of sentences sharing an item key that
 * occurs in 1 to {@value #MAX_FREQUENCY} sentences of the segment on each side. Works on the key ids of a
 * {@link KeyIndex#pair}; counts live in arrays reused from segment to segment. Not thread-safe: one instance
 * per search.
 */
final class RareKeyPairs {
    /** Keys found in more sentences than this on either side of a segment give no candidates. */
    static final int MAX_FREQUENCY = 3;

    private final KeyIndex[] index;
    /** Per side, the ids of each sentence's items' alternatives: {@code itemIds[side][itemStart[side][s]..]}. */
    private final int[][] itemStart;
    private final int[][] itemIds;
    private final int[][] count;
    private final boolean[] marked;

    RareKeyPairs(List<SentenceItems> source, List<SentenceItems> target, KeyIndex sourceIndex, KeyIndex targetIndex) {
        this.index = new KeyIndex[] {sourceIndex, targetIndex};
        this.itemStart = new int[][] {itemStarts(source), itemStarts(target)};
        this.itemIds = new int[][] {itemIds(source, sourceIndex, itemStart[0]), itemIds(target, targetIndex,
                itemStart[1])};
        this.count = new int[2][sourceIndex.distinct()];
        this.marked = new boolean[sourceIndex.distinct()];
    }

    private static int[] itemStarts(List<SentenceItems> side) {
        int[] start = new int[side.size() + 1];
        for (int s = 0; s < side.size(); s++) {
            SentenceItems items = side.get(s);
            start[s + 1] = start[s] + items.alternativeCount();
        }
        return start;
    }

    /** The ids of every sentence's items' alternatives, flat. */
    private static int[] itemIds(List<SentenceItems> side, KeyIndex index, int[] start) {
        int[] out = new int[start[side.size()]];
        for (int s = 0; s < side.size(); s++) {
            SentenceItems items = side.get(s);
            int n = start[s];
            for (int x = 0; x < items.alternativeCount(); x++) {
                out[n++] = index.idIn(s, items.keys(), items.alternative(x));
            }
        }
        return out;
    }

    /**
     * The candidates inside {@code [s0, s1) x [t0, t1)}, as {@code {s - s0, t - t0}}, in no particular order
     * (a pair shared through several keys comes once per key).
     */
    List<long[]> candidates(int s0, int s1, int t0, int t1) {
        int[] from = {s0, t0};
        int[] to = {s1, t1};
        for (int side = 0; side < 2; side++) {
            int[] ids = index[side].ids();
            for (int x = index[side].start(from[side]); x < index[side].start(to[side]); x++) {
                if (ids[x] >= 0) {
                    count[side][ids[x]]++;
                }
            }
        }
        for (int side = 0; side < 2; side++) {
            for (int x = itemStart[side][from[side]]; x < itemStart[side][to[side]]; x++) {
                int id = itemIds[side][x];
                if (id < 0) {
                    continue;
                }
                int a = count[0][id];
                int b = count[1][id];
                marked[id] |= a >= 1 && a <= MAX_FREQUENCY && b >= 1 && b <= MAX_FREQUENCY;
            }
        }
        long[][] postings = new long[2][];
        for (int side = 0; side < 2; side++) {
            long[] p = new long[16];
            int n = 0;
            int[] ids = index[side].ids();
            for (int s = from[side]; s < to[side]; s++) {
                for (int x = index[side].start(s); x < index[side].start(s + 1); x++) {
                    int id = ids[x];
                    if (id >= 0 && marked[id]) {
                        if (n == p.length) {
                            p = Arrays.copyOf(p, 2 * n);
                        }
                        p[n++] = (long) id << 32 | (s - from[side]);
                    }
                }
            }
            postings[side] = Arrays.copyOf(p, n);
            Arrays.sort(postings[side]);
        }
        // reset what this segment touched
        for (int side = 0; side < 2; side++) {
            int[] ids = index[side].ids();
            for (int x = index[side].start(from[side]); x < index[side].start(to[side]); x++) {
                if (ids[x] >= 0) {
                    count[side][ids[x]] = 0;
                    marked[ids[x]] = false;
                }
            }
        }
        return join(postings[0], postings[1]);
    }

    /** Every (source, target) pair of sentences listed under the same id. */
    private static List<long[]> join(long[] source, long[] target) {
        List<long[]> out = new ArrayList<>();
        int b = 0;
        for (int a = 0; a < source.length; ) {
            long id = source[a] >>> 32;
            int aEnd = a;
            while (aEnd < source.length && source[aEnd] >>> 32 == id) {
                aEnd++;
            }
            while (b < target.length && target[b] >>> 32 < id) {
                b++;
            }
            int bEnd = b;
            while (bEnd < target.length && target[bEnd] >>> 32 == id) {
                bEnd++;
            }
            for (int x = a; x < aEnd; x++) {
                for (int y = b; y < bEnd; y++) {
                    out.add(new long[] {(int) source[x], (int) target[y]});
                }
            }
            a = aEnd;
            b = bEnd;
        }
        return out;
    }
}
