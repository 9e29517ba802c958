package dev.bitext.io;

import dev.bitext.Alignment;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/** One alignment as a complete TMX document, via {@link TmxStream}. Immutable and thread-safe. */
final class TmxWriter implements AlignmentWriter {
    private final TmxSettings settings;

    TmxWriter(TmxSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void write(Alignment alignment, Writer out) throws IOException {
        try (TmxStream tmx = TmxStream.open(out, settings, alignment)) {
            tmx.add(alignment, null);
        }
    }
}
