package dev.bitext.segment;

import dev.bitext.Document;
import dev.bitext.Language;
import java.util.List;

/**
 * Splits text of one language into sentences with ICU4J.
 *
 * <p>Thread-safe: instances are immutable and keep their ICU break iterators per thread.
 */
public final class Segmenter {
    private final Language language;

    private Segmenter(Language language) {
        this.language = language;
    }

    /** The segmenter for a language (shared instances). */
    public static Segmenter of(Language language) {
        return new Segmenter(language);
    }

    /** The language this segmenter splits. */
    public Language language() {
        return language;
    }

    /** Segments a whole text; every non-blank line is a paragraph, sentences never cross a line break. */
    public Document segment(String text) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Segments the given paragraphs of {@code text}; sentence offsets point into {@code text} and
     * sentence paragraph numbers are indices into {@code paragraphs}.
     */
    public Document segment(String text, List<Span> paragraphs) {
        throw new UnsupportedOperationException("TODO");
    }
}
