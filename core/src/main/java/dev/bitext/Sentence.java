package dev.bitext;

import java.util.Objects;

/**
 * One sentence of a text, with its position in the input.
 *
 * <p>{@code text} is exactly {@code input.substring(start, end)} of the string it was segmented from
 * (for a bilingual file, the whole file). {@code index} is the sentence's 0-based position in its
 * {@link Document}; {@code paragraph} is the 0-based index of the paragraph it belongs to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index     0-based position in the document
 * @param text      the sentence text, never null
 * @param start     offset of the first character in the input (inclusive)
 * @param end       offset after the last character in the input (exclusive)
 * @param paragraph 0-based paragraph index
 */
public record Sentence(int index, String text, int start, int end, int paragraph) {
    /**
     * Validates the fields.
     *
     * @param index the sentence's index in its document, 0 or more
     * @param text the sentence's text
     * @param start the offset of its first character in the segmented input
     * @param end the offset after its last character, {@code start <= end}
     * @param paragraph the index of its paragraph, 0 or more
     */
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end < start || paragraph < 0) {
            throw new IllegalArgumentException(
                    "bad sentence index=" + index + " start=" + start + " end=" + end + " paragraph=" + paragraph);
        }
    }

    /**
     * Returns a copy of this sentence with another index (used when documents are concatenated or re-indexed).
     *
     * @param newIndex the index of the copy
     * @return a copy of this sentence with index {@code newIndex}
     */
    public Sentence withIndex(int newIndex) {
        return new Sentence(newIndex, text, start, end, paragraph);
    }
}
