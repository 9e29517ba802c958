package dev.bitext.io;

/**
 * The characters that XML 1.0 does not allow anywhere in a document, which the TMX writers leave out: C0
 * controls other than tab, line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates.
 *
 * <p>Stateless and thread-safe.
 */
public final class XmlChars {
    private XmlChars() {
    }

    /**
     * How many characters of {@code text} XML 1.0 forbids (each unpaired surrogate counts one).
     *
     * @param text the text to search
     * @return the number of forbidden characters
     */
    public static long countForbidden(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** {@code text} without the characters XML 1.0 forbids; the same instance when there are none. */
    static String clean(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return copyAllowed(text, i);
            }
            i += Character.charCount(cp);
        }
        return text;
    }

    private static String copyAllowed(String text, int firstBad) {
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, firstBad);
        for (int i = firstBad; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (allowed(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * Whether a code point may appear in XML 1.0. {@link String#codePointAt} returns an unpaired surrogate
     * as itself, so surrogates reaching this test are unpaired.
     */
    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
