package dev.bitext;

import dev.bitext.segment.BilingualSplitter;
import dev.bitext.segment.BilingualText;
import dev.bitext.segment.Segmenter;
import java.util.Objects;

/**
 * Two documents to align with each other: a source and its translation (or original).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source document
 * @param target the target document
 */
public record DocumentPair(Document source, Document target) {
    /**
     * Checks that neither side is null.
     *
     * @param source the source document
     * @param target the target document
     */
    public DocumentPair {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /**
     * The English (source) and Chinese (target) parts of a text holding both languages, split into
     * paragraphs and segmented; sentence offsets point into {@code bilingualText}.
     *
     * @param bilingualText the text holding both languages, paragraph by paragraph
     * @return its English (source) and Chinese (target) documents
     * @throws BitextException if the text holds no Chinese or no English
     */
    public static DocumentPair ofBilingual(String bilingualText) {
        BilingualText split = BilingualSplitter.split(bilingualText);
        return new DocumentPair(Segmenter.of(Language.ENGLISH).segment(bilingualText, split.english()),
                Segmenter.of(Language.CHINESE).segment(bilingualText, split.chinese()));
    }
}
