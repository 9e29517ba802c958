package dev.bitext.tm;

/**
 * Escapes text for HTML element content and quoted attribute values, in a form an XML parser also accepts.
 *
 * <p>{@code & < > " '} become character references; characters that neither XML 1.0 nor HTML allow in a
 * document (C0 and C1 controls other than tab, line feed and carriage return, DEL, unpaired surrogates and
 * noncharacters) become U+FFFD, so a reviewer still sees that something was there.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** {@code text} escaped; the same instance when nothing needs escaping. */
    static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return escapeFrom(text, i);
            }
        }
        return text;
    }

    private static String escapeFrom(String text, int first) {
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * Whether a code point may stand in an HTML document that is also well-formed XML 1.0. Surrogates
     * reaching this test are unpaired ({@link String#codePointAt} joins pairs).
     */
    static boolean allowed(int cp) {
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n' || cp == '\r';
        }
        if (cp >= 0x7F && cp <= 0x9F || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return false;
        }
        boolean nonCharacter = cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
        return !nonCharacter;
    }
}
