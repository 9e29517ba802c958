package dev.bitext.align;

/**
 * Table-driven character classes for {@link Tokens}: exactly {@link Character.UnicodeScript#of} {@code == HAN}
 * and, below U+0250, {@link Character#isLetter(char)} and {@link Character#toLowerCase(char)}, without a
 * binary search per character. Immutable and thread-safe.
 */
final class TokenChars {
    /** Latin letters are looked for below this code point. */
    static final int LATIN_END = 0x250;
    /** For each char below {@link #LATIN_END}: its lower case if it is a letter, else 0. */
    private static final char[] LOWER = new char[LATIN_END];
    /** One bit per BMP char: whether its script is Han. */
    private static final long[] HAN = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (char c = 0; c < LATIN_END; c++) {
            LOWER[c] = Character.isLetter(c) ? Character.toLowerCase(c) : 0;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                HAN[c >>> 6] |= 1L << c;
            }
        }
    }

    private TokenChars() {
    }

    /** Whether {@code c} is a letter below {@link #LATIN_END}. */
    static boolean isLatinLetter(char c) {
        return c < LATIN_END && LOWER[c] != 0;
    }

    /** The lower case of a {@linkplain #isLatinLetter Latin letter}. */
    static char lower(char c) {
        return LOWER[c];
    }

    /** Whether the script of {@code cp} is Han. */
    static boolean isHan(int cp) {
        return cp <= Character.MAX_VALUE ? (HAN[cp >>> 6] & 1L << cp) != 0
                : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
