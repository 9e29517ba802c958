package dev.bitext.cli;

import java.util.Collection;
import java.util.Optional;

/**
 * The command a mistyped word most likely meant: the closest by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours each count 1), when that is at most 2 and less than the word's length. Picocli's own suggestions (bigram similarity) miss swapped letters such as {@code eavl}.
 * Stateless.
 */
final class CommandSuggestion {
    private static final int MAX_EDITS = 2;

    private CommandSuggestion() {
    }

    /** The name in {@code names} closest to {@code word}, the first of equally close ones; empty if none is close. */
    static Optional<String> closest(String word, Collection<String> names) {
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        for (String name : names) {
            int edits = edits(word, name);
            if (edits < bestEdits) {
                best = name;
                bestEdits = edits;
            }
        }
        return bestEdits <= MAX_EDITS && bestEdits < word.length() ? Optional.of(best) : Optional.empty();
    }

    /** The optimal-string-alignment distance between {@code a} and {@code b}. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
