package dev.bitext;

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
    /** Checks that neither side is null. */
    public DocumentPair {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
