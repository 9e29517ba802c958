package dev.bitext.internal;

/**
 * Splits one line of text into sentences. The emitted ranges cover the line in order and may carry
 * surrounding white space, which the caller trims.
 *
 * <p>Implementations are thread-safe.
 */
public interface SegBreaker {
    /** Emits the sentences of the line {@code text[start, end)} (which holds no line break) to {@code out}. */
    void split(String text, int start, int end, SegRangeSink out);
}
