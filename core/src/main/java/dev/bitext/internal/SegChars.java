package dev.bitext.internal;

/**
 * Character classes shared by the segmenters: white space, line breaks, opening and closing
 * punctuation. Plain {@code char} tests, no regular expressions, so segmentation stays linear.
 *
 * <p>Stateless and thread-safe.
 */
public final class SegChars {
    private SegChars() {
    }

    /**
     * Whether {@code c} is white space for trimming: Java white space, Unicode space separators
     * (no-break and ideographic spaces included), zero-width space, word joiner and the byte order mark.
     */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return c == '\u0085' || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || Character.isSpaceChar(c);
    }

    /** Whether {@code c} ends a line: LF, CR, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Whether {@code c} opens a quotation or bracket (Unicode Ps or Pi): “ 「 『 （ 《 ‘ ( [ ... */
    public static boolean isOpener(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /**
     * Whether {@code c} closes a quotation or bracket (Unicode Pe or Pf: ” 」 』 ） 》 ’ ...) or is an
     * ASCII quote, which after a sentence terminator can only close.
     */
    public static boolean isCloser(char c) {
        if (c == '"' || c == '\'') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** Whether {@code c} is a comma, enumeration comma, semicolon or colon (ASCII or full width). */
    public static boolean isPause(char c) {
        return switch (c) {
            case ',', ';', ':', '，', '、', '；', '：', '﹐', '﹑', '﹔', '﹕', '､' -> true;
            default -> false;
        };
    }

    /** The first index in {@code [from, to)} that is not white space, or {@code to}. */
    public static int skipSpace(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the last character in {@code [from, to)} that is not white space, or {@code from}. */
    public static int trimEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
