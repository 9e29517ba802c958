package dev.bitext.cli;

import dev.bitext.Bead;
import java.util.List;

/**
 * The beads of one test file read for {@code eval --calibration}. Immutable.
 *
 * @param all       every bead, in file order, manual ones included: what precision and recall score
 * @param confident the beads that have a confidence, in file order: what the calibration counts
 */
record ConfidentBeads(List<Bead> all, List<Bead> confident) {
    /** Copies the lists. */
    ConfidentBeads {
        all = List.copyOf(all);
        confident = List.copyOf(confident);
    }
}
