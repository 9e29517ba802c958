package dev.bitext.align;

import java.util.Arrays;

/**
 * Language-neutral tokens for learning word associations: Latin-script words (lower-cased, two
 * letters or more) and single Han characters, each as a 64-bit hash so that tokens of many documents
 * share one key space. Stateless.
 */
final class Tokens {
    private static final long HAN_SALT = 0x9E3779B97F4A7C15L;

    private Tokens() {
    }

    /** The distinct token hashes of a text, sorted. */
    static long[] of(String text) {
        long[] out = new long[16];
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (TokenChars.isLatinLetter(c)) {
                long h = 1125899906842597L;
                int start = i;
                while (i < n && TokenChars.isLatinLetter(text.charAt(i))) {
                    h = 31 * h + TokenChars.lower(text.charAt(i));
                    i++;
                }
                if (i - start >= 2) {
                    out = grow(out, count);
                    out[count++] = mix(h);
                }
            } else if (Character.isSurrogate(c)) {
                int cp = text.codePointAt(i);
                if (TokenChars.isHan(cp)) {
                    out = grow(out, count);
                    out[count++] = mix(cp ^ HAN_SALT);
                }
                i += Character.charCount(cp);
            } else {
                if (TokenChars.isHan(c)) {
                    out = grow(out, count);
                    out[count++] = mix(c ^ HAN_SALT);
                }
                i++;
            }
        }
        return SortedKeys.distinct(out, count);
    }

    private static long[] grow(long[] a, int count) {
        return count < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /** A 64-bit finaliser (murmur3's). */
    static long mix(long v) {
        return dev.bitext.internal.Mix64.mix(v);
    }
}
