package dev.bitext.io;

/**
 * Unpaired (lone) surrogates: UTF-16 halves without their other half, which no UTF-8 or UTF-16 file can hold.
 * The TSV writer replaces each with U+FFFD; the JSON lines writer escapes it; the TMX writers leave it out
 * ({@link XmlChars}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Surrogates {
    private Surrogates() {
    }

    /**
     * How many lone surrogates {@code text} holds.
     *
     * @param text the text to search
     * @return the number of lone surrogates
     */
    public static long countUnpaired(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isUnpaired(text, i)) {
                n++;
            }
        }
        return n;
    }

    /** {@code text} with every lone surrogate replaced by U+FFFD; the same instance when it has none. */
    static String replaceUnpaired(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            if (isUnpaired(text, i)) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, '\uFFFD');
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether the char at {@code i} is a surrogate whose partner is missing. */
    static boolean isUnpaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
