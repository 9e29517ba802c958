package dev.bitext.spark;

import java.util.Arrays;

/**
 * The pairs of tokens met in one partition's beads, keyed by a long (source id times the target vocabulary's
 * size plus target id), without boxing: per pair how often it was met, and the first bead (the smallest
 * number) and the tokens' positions there. Open addressing, grown at half load. Not thread-safe.
 */
final class PairTable {
    private static final long EMPTY = -1;

    private long[] keys = filled(1 << 12);
    private long[] times = new long[1 << 12];
    private long[] beads = new long[1 << 12];
    private int[] sourcePositions = new int[1 << 12];
    private int[] targetPositions = new int[1 << 12];
    private int size;

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, EMPTY);
        return a;
    }

    /** Counts one meeting of pair {@code key} (not negative) in {@code bead} at the given positions. */
    void add(long key, long bead, int sourcePosition, int targetPosition) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            beads[slot] = bead;
            sourcePositions[slot] = sourcePosition;
            targetPositions[slot] = targetPosition;
            if (++size * 2 > keys.length) {
                grow();
            }
            slot = slot(key);
        } else if (bead < beads[slot]) {
            beads[slot] = bead;
            sourcePositions[slot] = sourcePosition;
            targetPositions[slot] = targetPosition;
        }
        times[slot]++;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int s = (int) (mix(key) & mask);
        while (keys[s] != EMPTY && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private static long mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        v ^= v >>> 33;
        return v;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldTimes = times;
        long[] oldBeads = beads;
        int[] oldSource = sourcePositions;
        int[] oldTarget = targetPositions;
        int n = oldKeys.length * 2;
        keys = filled(n);
        times = new long[n];
        beads = new long[n];
        sourcePositions = new int[n];
        targetPositions = new int[n];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                int s = slot(oldKeys[k]);
                keys[s] = oldKeys[k];
                times[s] = oldTimes[k];
                beads[s] = oldBeads[k];
                sourcePositions[s] = oldSource[k];
                targetPositions[s] = oldTarget[k];
            }
        }
    }

    /** Adds the pairs of {@code chunk}, as {@link #add} would have counted them here. */
    void addAll(Chunk chunk) {
        for (int k = 0; k < chunk.keys().length; k++) {
            long key = chunk.keys()[k];
            int slot = slot(key);
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                times[slot] = chunk.times()[k];
                beads[slot] = chunk.beads()[k];
                sourcePositions[slot] = chunk.sourcePositions()[k];
                targetPositions[slot] = chunk.targetPositions()[k];
                if (++size * 2 > keys.length) {
                    grow();
                }
                continue;
            }
            times[slot] += chunk.times()[k];
            if (chunk.beads()[k] < beads[slot]) {
                beads[slot] = chunk.beads()[k];
                sourcePositions[slot] = chunk.sourcePositions()[k];
                targetPositions[slot] = chunk.targetPositions()[k];
            }
        }
    }

    /**
     * The pairs split into {@code parts} chunks by key, chunk {@code k} holding the keys whose
     * {@link #part} is {@code k}: what one partition sends to each reducer, as five arrays.
     */
    Chunk[] split(int parts) {
        int[] sizes = new int[parts];
        for (long key : keys) {
            if (key != EMPTY) {
                sizes[part(key, parts)]++;
            }
        }
        Chunk[] out = new Chunk[parts];
        for (int p = 0; p < parts; p++) {
            out[p] = new Chunk(new long[sizes[p]], new long[sizes[p]], new long[sizes[p]], new int[sizes[p]],
                    new int[sizes[p]]);
        }
        int[] fill = new int[parts];
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != EMPTY) {
                int p = part(keys[k], parts);
                int at = fill[p]++;
                out[p].keys()[at] = keys[k];
                out[p].times()[at] = times[k];
                out[p].beads()[at] = beads[k];
                out[p].sourcePositions()[at] = sourcePositions[k];
                out[p].targetPositions()[at] = targetPositions[k];
            }
        }
        return out;
    }

    /** The reducer of pair {@code key} among {@code parts}. */
    static int part(long key, int parts) {
        return (int) Long.remainderUnsigned(mix(key), parts);
    }

    /**
     * Some pairs of a table, as parallel arrays (shipped between executors in one piece).
     *
     * @param keys            the pair keys
     * @param times           how often each was met
     * @param beads           the first bead of each
     * @param sourcePositions the source token's position there
     * @param targetPositions the target token's position there
     */
    record Chunk(long[] keys, long[] times, long[] beads, int[] sourcePositions, int[] targetPositions)
            implements java.io.Serializable {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
    }

    /** Hands every pair to {@code sink}. */
    void forEach(Sink sink) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != EMPTY) {
                sink.pair(keys[k], times[k], beads[k], sourcePositions[k], targetPositions[k]);
            }
        }
    }

    /** Receives the pairs of a table. */
    interface Sink {
        void pair(long key, long times, long bead, int sourcePosition, int targetPosition);
    }
}
