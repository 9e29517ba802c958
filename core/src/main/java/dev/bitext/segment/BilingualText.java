package dev.bitext.segment;

import java.util.List;

/**
 * A file holding both languages, told apart by script: the English and the Chinese paragraphs as
 * spans of the original text, in order. Lines with neither language (boilerplate such as dates or
 * separators) belong to neither list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text    the whole input
 * @param english English paragraphs
 * @param chinese Chinese paragraphs
 */
public record BilingualText(String text, List<Span> english, List<Span> chinese) {
    /**
     * Copies the lists.
     *
     * @param text the whole text
     * @param english the English paragraphs' spans in {@code text}; copied
     * @param chinese the Chinese paragraphs' spans in {@code text}; copied
     */
    public BilingualText {
        english = List.copyOf(english);
        chinese = List.copyOf(chinese);
    }
}
