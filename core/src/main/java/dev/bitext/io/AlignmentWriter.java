package dev.bitext.io;

import dev.bitext.Alignment;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes an alignment in one format. Implementations are immutable and thread-safe; the
 * {@link Writer} passed in is flushed but not closed. Output is deterministic: the same alignment (and, for
 * TMX, the same creation date) always gives the same text, with {@code '\n'} line ends.
 *
 * <ul>
 *   <li>{@link OutputFormat#TMX}: a TMX 1.4b document, see {@link TmxStream}.
 *   <li>{@link OutputFormat#TSV}: source text, target text, confidence, bead type per line.
 *   <li>{@link OutputFormat#LADDER}: {@code [0,1]:[0]} per line, see {@link Ladder#write}.
 *   <li>{@link OutputFormat#JSONL}: one JSON object per bead.
 * </ul>
 */
public interface AlignmentWriter {
    /**
     * Writes the whole alignment to {@code out}.
     *
     * @param alignment the alignment to write
     * @param out where the text goes; flushed, not closed
     * @throws IOException if writing fails
     */
    void write(Alignment alignment, Writer out) throws IOException;

    /**
     * The writer for a format; {@code tmx} configures TMX output and is ignored by the others.
     *
     * @param format the output format
     * @param tmx the TMX settings (ignored for the other formats)
     * @return the writer for {@code format}
     */
    static AlignmentWriter of(OutputFormat format, TmxSettings tmx) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(tmx, "tmx");
        return switch (format) {
            case TMX -> new TmxWriter(tmx);
            case TSV -> new TsvWriter();
            case LADDER -> (alignment, out) -> Ladder.write(alignment.beads(), out);
            case JSONL -> new JsonLinesWriter();
        };
    }

    /**
     * The writer for a format, with {@link TmxSettings#defaults()} for TMX.
     *
     * @param format the output format
     * @return the writer for {@code format}
     */
    static AlignmentWriter of(OutputFormat format) {
        return of(format, TmxSettings.defaults());
    }
}
