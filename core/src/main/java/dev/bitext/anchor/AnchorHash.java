package dev.bitext.anchor;

/**
 * The 64-bit key of an anchor: FNV-1a over the UTF-16 units of its readable form
 * ({@code "num:24"}), finished with a 64-bit avalanche mix. Because FNV-1a is fed one unit at a
 * time, a key can be built piece by piece ({@link #feed}) without building the string, and equals
 * {@link #of} of the concatenated text.
 *
 * <p>Stateless and thread-safe.
 */
final class AnchorHash {
    /** The state before any unit was fed. */
    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private AnchorHash() {
    }

    /** Feeds every unit of {@code text} into the state {@code h}. */
    static long feed(long h, CharSequence text) {
        long x = h;
        for (int i = 0, n = text.length(); i < n; i++) {
            x = (x ^ text.charAt(i)) * PRIME;
        }
        return x;
    }

    /** The key of a fed state. */
    static long finish(long h) {
        return dev.bitext.internal.Mix64.mix(h);
    }

    /** The key of a readable anchor. */
    static long of(CharSequence anchor) {
        return finish(feed(START, anchor));
    }
}
