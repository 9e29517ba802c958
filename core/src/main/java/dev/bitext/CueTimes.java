package dev.bitext;

import java.util.Arrays;

/**
 * The time span of each sentence of a document read from subtitles (SRT or WebVTT): the span of the cue the
 * sentence came from, in milliseconds from the start of the film, or no span for a sentence that was not
 * timed. The aligner takes two sentences whose spans overlap as strong evidence that they translate each
 * other.
 *
 * <p>Immutable and thread-safe; the arrays given to {@link #of} are copied.
 */
public final class CueTimes {
    private static final CueTimes NONE = new CueTimes(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;

    private CueTimes(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** {@return the times of a document that has none (text, HTML, DOCX and the like)} */
    public static CueTimes none() {
        return NONE;
    }

    /**
     * The spans of sentences {@code 0 … n-1}: sentence {@code i} spans {@code [startMillis[i], endMillis[i]]},
     * or is untimed where both are {@code -1}.
     *
     * @param startMillis each sentence's start, or -1; copied
     * @param endMillis   each sentence's end, or -1; copied
     * @return the times
     * @throws IllegalArgumentException if the arrays differ in length, or a span is half given, negative
     *                                  or ends before it starts
     */
    public static CueTimes of(long[] startMillis, long[] endMillis) {
        if (startMillis.length != endMillis.length) {
            throw new IllegalArgumentException(
                    startMillis.length + " start times but " + endMillis.length + " end times");
        }
        for (int i = 0; i < startMillis.length; i++) {
            long s = startMillis[i];
            long e = endMillis[i];
            boolean untimed = s == -1 && e == -1;
            if (!untimed && (s < 0 || e < s)) {
                throw new IllegalArgumentException("bad time span of sentence " + i + ": " + s + " --> " + e);
            }
        }
        return startMillis.length == 0 ? NONE : new CueTimes(startMillis.clone(), endMillis.clone());
    }

    /** {@return true when no sentence is timed: the times of a document that is not a subtitle file} */
    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** {@return the number of sentences these times describe; 0 when {@link #isEmpty()}} */
    public int size() {
        return starts.length;
    }

    /**
     * {@return whether sentence {@code i} has a time span}
     *
     * @param i a sentence index, {@code 0 <= i < size()}
     */
    public boolean timed(int i) {
        return starts[i] >= 0;
    }

    /**
     * {@return where sentence {@code i}'s span starts, in milliseconds; -1 when it is not timed}
     *
     * @param i a sentence index, {@code 0 <= i < size()}
     */
    public long startMillis(int i) {
        return starts[i];
    }

    /**
     * {@return where sentence {@code i}'s span ends, in milliseconds; -1 when it is not timed}
     *
     * @param i a sentence index, {@code 0 <= i < size()}
     */
    public long endMillis(int i) {
        return ends[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CueTimes c && Arrays.equals(starts, c.starts) && Arrays.equals(ends, c.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        return isEmpty() ? "CueTimes[none]" : "CueTimes[" + starts.length + " sentences]";
    }
}
