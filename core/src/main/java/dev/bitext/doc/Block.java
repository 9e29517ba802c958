package dev.bitext.doc;

import java.util.Objects;

/**
 * One block of a structured document: its kind, where its text lies in {@link StructuredText#text()}, the way
 * back to the element it came from, and for a subtitle cue its time span. Immutable and thread-safe.
 *
 * @param kind        what the block is
 * @param start       its first character in the extracted text (inclusive)
 * @param end         after its last character (exclusive)
 * @param path        where it came from in the source document, e.g. {@code body/main/p[3]},
 *                    {@code document/p[12]}, {@code file[1]/unit[u7]/target}, {@code cue[4]} (1-based
 *                    indices)
 * @param startMillis a cue's start time in milliseconds, or -1
 * @param endMillis   a cue's end time in milliseconds, or -1
 */
public record Block(BlockKind kind, int start, int end, String path, long startMillis, long endMillis) {
    /**
     * Checks the fields.
     *
     * @param kind        what the block is
     * @param start       its first character
     * @param end         after its last character
     * @param path        where it came from
     * @param startMillis a cue's start, or -1
     * @param endMillis   a cue's end, or -1
     * @throws IllegalArgumentException if the span or the times are inconsistent
     */
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
        }
        if ((startMillis < 0) != (endMillis < 0) || endMillis < startMillis) {
            throw new IllegalArgumentException("bad time span " + startMillis + " --> " + endMillis);
        }
    }

    /**
     * A block without a time span.
     *
     * @param kind  what the block is
     * @param start its first character
     * @param end   after its last character
     * @param path  where it came from
     * @return the block
     */
    public static Block of(BlockKind kind, int start, int end, String path) {
        return new Block(kind, start, end, path, -1, -1);
    }

    /** {@return whether the block has a time span (a subtitle cue)} */
    public boolean timed() {
        return startMillis >= 0;
    }
}
