package dev.bitext.segment;

/**
 * A range of characters {@code [start, end)} in a text, used for paragraphs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first character (inclusive)
 * @param end   after the last character (exclusive)
 */
public record Span(int start, int end) {
    /**
     * Validates {@code 0 <= start <= end}.
     *
     * @param start the index of the first character
     * @param end the index after the last character
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
