package dev.bitext.internal;

/**
 * Receives ranges {@code [start, end)} of a text, such as lines or sentences, in increasing order.
 *
 * <p>Implementations are usually stateful and confined to one thread.
 */
@FunctionalInterface
public interface SegRangeSink {
    /** Accepts the range {@code [start, end)}. */
    void accept(int start, int end);
}
