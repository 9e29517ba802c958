package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over Chinese words that reports every word occurring anywhere in a text. Transitions
 * live in one open-addressing table keyed by (node, char), so a lookup allocates nothing. Immutable after
 * construction and thread-safe.
 */
final class ChineseWordTrie {
    private static final long EMPTY = -1L;
    private final long[] keys;
    private final int[] children;
    private final int mask;
    private final int[][] terminals;
    /** The child of the root for each char, or -1: most positions of a text start no word. */
    private final int[] rootChildren = new int[Character.MAX_VALUE + 1];

    /** A trie where {@code words[id]} is the word of pair {@code id}. */
    ChineseWordTrie(String[] words) {
        Map<Long, Integer> edges = new HashMap<>();
        List<List<Integer>> ids = new ArrayList<>();
        ids.add(null);
        for (int id = 0; id < words.length; id++) {
            int node = 0;
            String w = words[id];
            for (int i = 0; i < w.length(); i++) {
                long key = key(node, w.charAt(i));
                Integer child = edges.get(key);
                if (child == null) {
                    child = ids.size();
                    ids.add(null);
                    edges.put(key, child);
                }
                node = child;
            }
            if (ids.get(node) == null) {
                ids.set(node, new ArrayList<>(1));
            }
            ids.get(node).add(id);
        }
        int capacity = Integer.highestOneBit(Math.max(4, edges.size() * 2)) * 2;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        children = new int[capacity];
        mask = capacity - 1;
        edges.forEach((k, child) -> {
            int slot = slot(k);
            while (keys[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            children[slot] = child;
        });
        Arrays.fill(rootChildren, -1);
        edges.forEach((k, child) -> {
            if (k >>> 16 == 0) {
                rootChildren[(int) (k & 0xFFFF)] = child;
            }
        });
        terminals = new int[ids.size()][];
        for (int node = 0; node < ids.size(); node++) {
            List<Integer> list = ids.get(node);
            terminals[node] = list == null ? null : list.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Adds to {@code out} the id of every word occurring in {@code text}, overlaps included. */
    void collect(CharSequence text, LexiconIds out) {
        int n = text.length();
        for (int start = 0; start < n; start++) {
            int node = rootChildren[text.charAt(start)];
            for (int i = start + 1; node >= 0; i++) {
                if (terminals[node] != null) {
                    out.addAll(terminals[node]);
                }
                if (i == n) {
                    break;
                }
                node = child(node, text.charAt(i));
            }
        }
    }

    private int child(int node, char c) {
        long k = key(node, c);
        for (int slot = slot(k); ; slot = (slot + 1) & mask) {
            long found = keys[slot];
            if (found == k) {
                return children[slot];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }
}
