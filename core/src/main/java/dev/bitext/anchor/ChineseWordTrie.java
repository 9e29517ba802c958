package dev.bitext.anchor;

import java.util.Arrays;

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

    /**
     * A trie where {@code words[id]} is the word of pair {@code id}. Nodes are numbered in the order the words
     * first reach them (the root is 0); the edges go straight into the open-addressing table, sized for the
     * most edges the words can have, so that building boxes nothing (it runs at every start-up).
     */
    ChineseWordTrie(String[] words) {
        int chars = 0;
        for (String w : words) {
            chars += w.length();
        }
        int capacity = Integer.highestOneBit(Math.max(4, chars * 2)) * 2;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        children = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(rootChildren, -1);
        int nodes = 1;
        int[] firstTerminal = new int[chars + 1];
        Arrays.fill(firstTerminal, -1);
        // ids ending at a node: a linked list through nextTerminal, in id order
        int[] lastTerminal = new int[chars + 1];
        int[] nextTerminal = new int[words.length];
        int[] terminalCount = new int[chars + 1];
        for (int id = 0; id < words.length; id++) {
            int node = 0;
            String w = words[id];
            for (int i = 0; i < w.length(); i++) {
                long key = key(node, w.charAt(i));
                int slot = slot(key);
                while (keys[slot] != EMPTY && keys[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                if (keys[slot] == EMPTY) {
                    keys[slot] = key;
                    children[slot] = nodes++;
                    if (node == 0) {
                        rootChildren[w.charAt(i)] = children[slot];
                    }
                }
                node = children[slot];
            }
            nextTerminal[id] = -1;
            if (firstTerminal[node] < 0) {
                firstTerminal[node] = id;
            } else {
                nextTerminal[lastTerminal[node]] = id;
            }
            lastTerminal[node] = id;
            terminalCount[node]++;
        }
        terminals = new int[nodes][];
        for (int node = 0; node < nodes; node++) {
            if (firstTerminal[node] >= 0) {
                int[] ids = new int[terminalCount[node]];
                for (int k = 0, id = firstTerminal[node]; id >= 0; id = nextTerminal[id]) {
                    ids[k++] = id;
                }
                terminals[node] = ids;
            }
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
