package dev.bitext.anchor;

/**
 * Receives the anchor keys of one sentence, kind by kind, from
 * {@link AnchorExtractor#forEachKey}.
 *
 * <p>Implementations need not be thread-safe: one extraction calls its consumer from the calling
 * thread only.
 */
@FunctionalInterface
public interface AnchorKeyConsumer {
    /**
     * Takes one anchor key of the given kind.
     *
     * @param kind the kind of the anchor
     * @param key  its key, as {@link AnchorExtractor#extract} would return it
     */
    void accept(AnchorKind kind, long key);
}
