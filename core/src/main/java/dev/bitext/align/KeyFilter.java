package dev.bitext.align;

import dev.bitext.internal.Mix64;
import java.util.List;

/**
 * A one-hash Bloom filter over the keys of one side's sentences: {@link #mayContain} is true for every key
 * of the set and for a small share of others. Lets the other side drop, while its items are extracted, the
 * look-up-only keys that nothing could ever match. Immutable after construction.
 */
final class KeyFilter {
    private static final int MAX_BITS_LOG2 = 26;
    private final long[] bits;
    private final long mask;

    private KeyFilter(int log2) {
        bits = new long[1 << Math.max(0, log2 - 6)];
        mask = (1L << log2) - 1;
    }

    /** The filter of every key of {@code side}, about 16 bits per key occurrence (at most 64 Mbit). */
    static KeyFilter of(List<SentenceItems> side) {
        long occurrences = 0;
        for (SentenceItems s : side) {
            occurrences += s.keys().length;
        }
        int log2 = 64 - Long.numberOfLeadingZeros(Math.max(64, occurrences * 16) - 1);
        KeyFilter f = new KeyFilter(Math.min(MAX_BITS_LOG2, log2));
        for (SentenceItems s : side) {
            for (long k : s.keys()) {
                long b = Mix64.mix(k) & f.mask;
                f.bits[(int) (b >>> 6)] |= 1L << b;
            }
        }
        return f;
    }

    /** False only when {@code key} is certainly not in the set. */
    boolean mayContain(long key) {
        long b = Mix64.mix(key) & mask;
        return (bits[(int) (b >>> 6)] & (1L << b)) != 0;
    }
}
