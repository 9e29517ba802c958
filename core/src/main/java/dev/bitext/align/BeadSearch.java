package dev.bitext.align;

import dev.bitext.AlignerOptions;
import dev.bitext.Bead;
import dev.bitext.Document;
import java.util.List;

/** Dynamic-programming search for the best bead sequence. Immutable and thread-safe. */
public final class BeadSearch {
    private final AlignerOptions options;

    /** A search with the given options. */
    public BeadSearch(AlignerOptions options) {
        this.options = options;
    }

    /** The best beads covering both documents. */
    public List<Bead> align(Document source, Document target) {
        throw new UnsupportedOperationException("TODO " + options);
    }
}
