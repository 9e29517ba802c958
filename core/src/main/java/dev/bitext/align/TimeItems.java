package dev.bitext.align;

import dev.bitext.CueTimes;
import dev.bitext.internal.Mix64;

/**
 * Subtitle cue times as evidence: a timed sentence gets one {@link EvidenceKind#TIME} item whose alternatives
 * are the time buckets its cue covers, so that two sentences whose cues overlap share a key and match like
 * any other item (the match rate and the background rate are estimated as for the other kinds; a bucket is
 * rare in a film, so a match is strong evidence). Only the inner part of a cue counts: subtitles of one film
 * are timed independently, a cue's edges by a few hundred milliseconds, and a cue must not match its
 * neighbour's through the boundary between them. Stateless.
 */
final class TimeItems {
    /** The width of a time bucket. */
    static final long BUCKET_MILLIS = 500;
    /** How much of each end of a cue is left out, at most (and at most a quarter of the cue). */
    static final long EDGE_MILLIS = 300;
    /** The most buckets an item holds; a longer cue keeps every 2nd, 4th, ... bucket (nested, so still matching). */
    static final int MAX_KEYS = 16;
    private static final long SALT = 0x7d1b_5a3c_e4f2_9061L;

    private TimeItems() {
    }

    /** Adds sentence {@code i}'s time item to {@code sink}, or nothing when it is not timed. */
    static void add(CueTimes times, int i, ItemSink sink, long[] buffer) {
        if (times.isEmpty() || !times.timed(i)) {
            return;
        }
        long start = times.startMillis(i);
        long end = times.endMillis(i);
        long edge = Math.min(EDGE_MILLIS, (end - start) / 4);
        long first = Math.floorDiv(start + edge, BUCKET_MILLIS);
        long last = Math.floorDiv(end - edge, BUCKET_MILLIS);
        long stride = 1;
        while ((last - first) / stride + 1 > MAX_KEYS) {
            stride *= 2;
        }
        int n = 0;
        for (long b = (first + stride - 1) / stride * stride; b <= last && n < buffer.length; b += stride) {
            buffer[n++] = key(b);
        }
        sink.item(EvidenceKind.TIME, buffer, n);
    }

    /** {@return a buffer large enough for one item's keys} */
    static long[] buffer() {
        return new long[MAX_KEYS + 1];
    }

    private static long key(long bucket) {
        return Mix64.mix(SALT + bucket);
    }
}
