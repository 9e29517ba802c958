package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits English text into lowercase ASCII letter runs. An apostrophe (' or U+2019) between letters
 * ends the word and drops a following clitic (s, d, ll, ve, re, m, t): "she'd" gives "she",
 * "John's" gives "john"; any other continuation starts a new token ("o'clock" gives "o", "clock").
 * Stateless and thread-safe.
 */
final class EnglishTokens {
    private EnglishTokens() {
    }

    /**
     * The tokens of one text as slices {@code [starts[k], ends[k])} of one lowercase char buffer, so
     * that a caller can look them up without building a string per token. Not thread-safe: one per call.
     */
    static final class Spans {
        final char[] chars;
        final int[] starts;
        final int[] ends;
        int count;

        private Spans(int length) {
            chars = new char[length];
            starts = new int[length / 2 + 1];
            ends = new int[length / 2 + 1];
        }

        /** Token {@code k} as a string. */
        String token(int k) {
            return new String(chars, starts[k], ends[k] - starts[k]);
        }
    }

    /** The lowercase tokens of {@code text}, in order. */
    static List<String> of(CharSequence text) {
        Spans spans = spans(text);
        List<String> out = new ArrayList<>(spans.count);
        for (int k = 0; k < spans.count; k++) {
            out.add(spans.token(k));
        }
        return out;
    }

    /** The lowercase tokens of {@code text}, in order, as slices of one buffer. */
    static Spans spans(CharSequence text) {
        int n = text.length();
        Spans out = new Spans(n);
        int len = 0;
        int i = 0;
        while (i < n) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            out.starts[out.count] = len;
            while (i < n && isLetter(text.charAt(i))) {
                out.chars[len++] = lower(text.charAt(i++));
            }
            out.ends[out.count++] = len;
            if (i + 1 < n && isApostrophe(text.charAt(i)) && isLetter(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && isLetter(text.charAt(end))) {
                    end++;
                }
                i = isClitic(text, i + 1, end) ? end : i + 1;
            }
        }
        return out;
    }

    /** Whether {@code text[from, to)}, ASCII letters in any case, is s, d, m, t, ll, ve or re. */
    private static boolean isClitic(CharSequence text, int from, int to) {
        char a = lower(text.charAt(from));
        if (to - from == 1) {
            return a == 's' || a == 'd' || a == 'm' || a == 't';
        }
        if (to - from != 2) {
            return false;
        }
        char b = lower(text.charAt(from + 1));
        return a == 'l' && b == 'l' || a == 'v' && b == 'e' || a == 'r' && b == 'e';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static char lower(char c) {
        return c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
