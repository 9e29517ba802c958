package dev.bitext.io;

import dev.bitext.Alignment;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes an alignment in one format. Implementations are immutable and thread-safe; the
 * {@link Writer} passed in is not closed.
 */
public interface AlignmentWriter {
    /** Writes the whole alignment to {@code out}. */
    void write(Alignment alignment, Writer out) throws IOException;

    /** The writer for a format; {@code tmx} configures TMX output and is ignored by the others. */
    static AlignmentWriter of(OutputFormat format, TmxSettings tmx) {
        throw new UnsupportedOperationException("TODO");
    }
}
