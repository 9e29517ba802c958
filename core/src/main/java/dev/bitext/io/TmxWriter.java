package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Predicate;

/** One alignment as a complete TMX document, via {@link TmxStream}. Immutable and thread-safe. */
final class TmxWriter implements AlignmentWriter {
    private final TmxSettings settings;
    private final Predicate<Bead> manual;

    TmxWriter(TmxSettings settings) {
        this(settings, bead -> false);
    }

    /** A writer whose units for the beads {@code manual} accepts are marked manual (see {@link TmxStream}). */
    TmxWriter(TmxSettings settings, Predicate<Bead> manual) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.manual = Objects.requireNonNull(manual, "manual");
    }

    @Override
    public void write(Alignment alignment, Writer out) throws IOException {
        try (TmxStream tmx = TmxStream.open(out, settings, alignment)) {
            tmx.add(alignment, null, bead -> true, manual);
        }
    }
}
