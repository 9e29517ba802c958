package dev.bitext.cli;

import dev.bitext.io.OutputFormat;
import java.util.Locale;

/**
 * What {@code align --format} writes: the library's text formats ({@link OutputFormat}) and the binary
 * Excel workbook ({@code xlsx}, written by {@link dev.bitext.io.XlsxWriter}). Immutable (an enum).
 */
enum AlignFormat {
    TMX(OutputFormat.TMX),
    TSV(OutputFormat.TSV),
    LADDER(OutputFormat.LADDER),
    JSONL(OutputFormat.JSONL),
    CSV(OutputFormat.CSV),
    XLSX(null);

    private final OutputFormat text;

    AlignFormat(OutputFormat text) {
        this.text = text;
    }

    /** The library's text format, or null for the binary {@link #XLSX}. */
    OutputFormat text() {
        return text;
    }

    /** Whether the format has columns, so that {@code --header} means something. */
    boolean hasColumns() {
        return this == TSV || this == CSV || this == XLSX;
    }

    /**
     * Parses a format name, case-insensitive.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    static AlignFormat fromName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown format '" + name + "' (expected tmx, tsv, ladder, jsonl, csv or xlsx)", e);
        }
    }
}
