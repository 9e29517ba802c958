package dev.bitext.align;

/**
 * The two terms an item adds to its sentence's ratio table for each window size 1..maxSide (see
 * {@link WeightedItems}): the log-ratio when the window misses it, and the gain of finding it. They depend only
 * on the item's match probability p, background chance q and weight, which most items share with many others
 * (q comes from a document frequency, a small integer): each distinct triple is computed once, by the very
 * same expressions, so the tables are bit for bit those computed item by item. Not thread-safe; one per
 * weighing.
 */
final class ItemTerms {
    private final int maxSide;
    /** (p, q) bits to entry; an entry's weight is checked, another weight is computed without being kept. */
    private final LongIntMap entries = new LongIntMap(256);
    private float[] weight = new float[64];
    private double[] miss;
    private float[] gain;

    ItemTerms(int maxSide) {
        this.maxSide = maxSide;
        miss = new double[weight.length * maxSide];
        gain = new float[weight.length * maxSide];
    }

    /**
     * The entry of (p, q, w): {@link #miss} and {@link #gain} of it for each window size. Entry 0 is scratch,
     * overwritten by the next item whose weight differs from the kept entry's.
     */
    int entry(float p, float q, float w) {
        long key = ((long) Float.floatToRawIntBits(p) << 32) | (Float.floatToRawIntBits(q) & 0xFFFFFFFFL);
        int e = entries.get(key, -1);
        if (e >= 0 && Float.floatToRawIntBits(weight[e]) == Float.floatToRawIntBits(w)) {
            return e;
        }
        if (e < 0) {
            e = entries.size() + 1;
            entries.put(key, e);
            if (e == weight.length) {
                weight = java.util.Arrays.copyOf(weight, 2 * e);
                miss = java.util.Arrays.copyOf(miss, 2 * e * maxSide);
                gain = java.util.Arrays.copyOf(gain, 2 * e * maxSide);
            }
        } else {
            e = 0;
        }
        weight[e] = w;
        for (int window = 1; window <= maxSide; window++) {
            double qw = window == 1 ? q : 1 - Math.pow(1 - q, window);
            double pk = Math.max(p, qw);
            double m = w * Math.log((1 - pk) / (1 - qw));
            miss[e * maxSide + window - 1] = m;
            gain[e * maxSide + window - 1] = (float) (w * Math.log(pk / qw) - m);
        }
        return e;
    }

    /** The log-ratio of entry {@code e} for window size {@code window} when the window misses the item. */
    double miss(int e, int window) {
        return miss[e * maxSide + window - 1];
    }

    /** The gain of entry {@code e} for window size {@code window} when the window holds the item. */
    float gain(int e, int window) {
        return gain[e * maxSide + window - 1];
    }
}
