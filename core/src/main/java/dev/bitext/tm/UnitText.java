package dev.bitext.tm;

import dev.bitext.internal.Mix64;

/**
 * Measures of one side of a translation unit that the filters compare. Stateless and thread-safe.
 *
 * <p>White space is normalised by stripping it at both ends and reading every inner run of it as one space.
 */
final class UnitText {
    /** How many comparable units one Han character counts as: English takes about 3 letters for one. */
    static final int HAN_WEIGHT = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private UnitText() {
    }

    /** Whether {@code text} holds a letter or an ideograph of any script (not only digits, punctuation, symbols). */
    static boolean hasWords(String text) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp) || Character.isIdeographic(cp));
    }

    /**
     * The length of {@code text} in comparable units: every code point that is not white space counts 1, a Han
     * character {@link #HAN_WEIGHT}, so an English sentence and its Chinese translation come out about equal.
     */
    static long comparableLength(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!isSpace(cp)) {
                n += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? HAN_WEIGHT : 1;
            }
        }
        return n;
    }

    /** {@code text} with white space normalised. */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = b.length() > 0;
            } else {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A 64-bit hash of a pair of normalised texts; the order of the two matters. */
    static long pairHash(String normalisedSource, String normalisedTarget) {
        return Mix64.mix(Mix64.mix(fnv(normalisedSource)) * 31 + fnv(normalisedTarget));
    }

    /** FNV-1a over the UTF-16 units of {@code text}. */
    private static long fnv(String text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
