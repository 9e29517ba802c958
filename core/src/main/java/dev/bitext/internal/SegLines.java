package dev.bitext.internal;

/**
 * Splits text into its non-blank lines (at LF, CR LF, CR, NEL, U+2028 and U+2029), each trimmed of
 * surrounding white space. Linear in the length of the text.
 *
 * <p>Stateless and thread-safe.
 */
public final class SegLines {
    private SegLines() {
    }

    /** Emits every non-blank line of {@code text[from, to)}, trimmed, to {@code sink} in order. */
    public static void forEach(CharSequence text, int from, int to, SegRangeSink sink) {
        int lineStart = from;
        for (int i = from; i < to; i++) {
            if (SegChars.isLineBreak(text.charAt(i))) {
                emit(text, lineStart, i, sink);
                lineStart = i + 1;
            }
        }
        emit(text, lineStart, to, sink);
    }

    private static void emit(CharSequence text, int start, int end, SegRangeSink sink) {
        int s = SegChars.skipSpace(text, start, end);
        if (s < end) {
            sink.accept(s, SegChars.trimEnd(text, s, end));
        }
    }
}
