package dev.bitext.anchor;

import java.util.function.IntPredicate;

/**
 * Character helpers shared by the anchor sources.
 *
 * <p>Stateless and thread-safe.
 */
final class AnchorText {
    private AnchorText() {
    }

    /**
     * Maps full-width ASCII forms (U+FF01..U+FF5E: ２０２１, ＤＮＡ, ？, ％, （) to ASCII and the
     * hyphens U+2010/U+2011 to {@code '-'}, keeping the length; returns {@code text} itself when
     * nothing changes.
     */
    static String fold(String text) {
        char[] chars = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = f;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u2010' || c == '\u2011' ? '-' : c;
    }

    /** Whether {@code c} is an ASCII letter. */
    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@link Character#isLetter(char)}, with a fast path for ASCII. */
    static boolean isLetter(char c) {
        return c < 0x80 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    /** {@link Character#isWhitespace(char)}, with a fast path for ASCII. */
    static boolean isWhitespace(char c) {
        return c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'
                : Character.isWhitespace(c);
    }

    /** Whether {@code c} is an ASCII digit. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code c} is an ASCII letter or digit. */
    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    /**
     * The end of the token starting at {@code start}: characters satisfying {@code part}, where a
     * single character of {@code joiners} between two of them also belongs to the token
     * ({@code COVID-19}, {@code Zhan'ao}).
     */
    static int tokenEnd(String text, int start, IntPredicate part, String joiners) {
        int end = start + 1;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (part.test(c)) {
                end++;
            } else if (joiners.indexOf(c) >= 0 && end + 1 < text.length() && part.test(text.charAt(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** The character at {@code i}, or {@code 0} outside the text. */
    static char at(CharSequence text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }
}
