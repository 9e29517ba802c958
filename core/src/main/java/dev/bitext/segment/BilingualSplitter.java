package dev.bitext.segment;

import dev.bitext.BitextException;

/**
 * Splits a file that holds both English and Chinese (an English block followed by the Chinese original,
 * or interleaved paragraphs, with web boilerplate around) into its English and Chinese paragraphs by
 * script.
 *
 * <p>Stateless and thread-safe.
 */
public final class BilingualSplitter {
    private BilingualSplitter() {
    }

    /**
     * Splits {@code text} into English and Chinese paragraphs.
     *
     * @throws BitextException "no Chinese text found" / "no English text found" when a language is missing
     */
    public static BilingualText split(String text) {
        throw new UnsupportedOperationException("TODO");
    }
}
