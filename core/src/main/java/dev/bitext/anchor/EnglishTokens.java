package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits English text into lowercase ASCII letter runs. An apostrophe (' or U+2019) between letters
 * ends the word and drops a following clitic (s, d, ll, ve, re, m, t): "she'd" gives "she",
 * "John's" gives "john"; any other continuation starts a new token ("o'clock" gives "o", "clock").
 * Stateless and thread-safe.
 */
final class EnglishTokens {
    private EnglishTokens() {
    }

    /** The lowercase tokens of {@code text}, in order. */
    static List<String> of(CharSequence text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        char[] buf = new char[Math.min(n, 64)];
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int len = 0;
            while (i < n && isLetter(text.charAt(i))) {
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, len * 2);
                }
                buf[len++] = lower(text.charAt(i++));
            }
            out.add(new String(buf, 0, len));
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

    private static boolean isClitic(CharSequence text, int from, int to) {
        String s = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "s", "d", "ll", "ve", "re", "m", "t" -> true;
            default -> false;
        };
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
