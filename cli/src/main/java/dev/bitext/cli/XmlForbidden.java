package dev.bitext.cli;

/**
 * Counts the characters XML 1.0 does not allow, which the TMX writer leaves out: C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. Stateless.
 */
final class XmlForbidden {
    private XmlForbidden() {
    }

    /** How many characters of {@code text} XML forbids. */
    static long count(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : forbiddenAbove(text, i, c)) {
                n++;
            }
        }
        return n;
    }

    private static boolean forbiddenAbove(String text, int i, char c) {
        if (c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
