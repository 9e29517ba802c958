package dev.bitext.internal;

/** A 64-bit avalanche mix (the finaliser of MurmurHash3), shared by the hashed keys. Stateless. */
public final class Mix64 {
    private Mix64() {
    }

    /** Mixes all bits of {@code v} into all bits of the result. */
    public static long mix(long v) {
        long x = v;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}
