package dev.bitext.io;

import java.util.Locale;

/**
 * The alignment output formats written as text by an {@link AlignmentWriter}. Excel workbooks, a binary
 * format, have their own writer, {@link XlsxWriter}. Immutable and thread-safe (an enum).
 */
public enum OutputFormat {
    /** TMX 1.4b translation memory. */
    TMX,
    /** Tab-separated: source text, target text, confidence, bead type. */
    TSV,
    /** Ladder, one bead per line: {@code [0,1]:[0]}. */
    LADDER,
    /** One JSON object per bead. */
    JSONL,
    /**
     * Comma-separated values for spreadsheets (RFC 4180, CRLF line ends, a UTF-8 byte order mark first): a
     * header row, then source, target, confidence, bead type and document per row.
     */
    CSV;

    /**
     * Parses a format name, case-insensitive.
     *
     * @param name a format name such as {@code tmx} or {@code TSV}
     * @return the format of that name
     * @throws IllegalArgumentException for an unknown name
     */
    public static OutputFormat fromName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (expected tmx, tsv, ladder, jsonl or csv)", e);
        }
    }
}
