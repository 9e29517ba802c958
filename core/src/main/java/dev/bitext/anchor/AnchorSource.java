package dev.bitext.anchor;

import dev.bitext.Language;

/**
 * Finds the anchors of one kind in a sentence.
 *
 * <p>Implementations are stateless or internally synchronized, hence thread-safe.
 */
interface AnchorSource {
    /**
     * Adds to {@code out} the anchors of this kind in {@code text}, a sentence already folded by
     * {@link AnchorText#fold}.
     */
    void collect(String text, Language language, AnchorSink out);
}
