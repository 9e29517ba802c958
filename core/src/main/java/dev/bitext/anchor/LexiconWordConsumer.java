package dev.bitext.anchor;

/**
 * Receives, from {@link Lexicon#forEachWord}, the ids of the lexicon pairs a sentence matches that
 * share one word on that sentence's side.
 *
 * <p>Implementations need not be thread-safe: one call reports to its consumer from the calling
 * thread only.
 */
@FunctionalInterface
public interface LexiconWordConsumer {
    /**
     * Takes the ids of one word.
     *
     * @param ids   a buffer whose first {@code count} elements are the ids, ascending; owned by the
     *              lexicon and overwritten after this call returns, so copy what you keep
     * @param count the number of ids, at least one
     */
    void accept(int[] ids, int count);
}
