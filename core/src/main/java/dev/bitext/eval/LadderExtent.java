package dev.bitext.eval;

import dev.bitext.Bead;
import java.util.List;
import java.util.Optional;

/**
 * The last source and target index a ladder names, for telling whether a gold and a test ladder describe the
 * same pair of documents. Immutable.
 *
 * @param source the largest source index, -1 when there is none
 * @param target the largest target index, -1 when there is none
 */
record LadderExtent(int source, int target) {
    static LadderExtent of(List<Bead> beads) {
        int source = -1;
        int target = -1;
        for (Bead bead : beads) {
            // Each side is ascending: its last index is its largest.
            source = Math.max(source, bead.source().isEmpty() ? -1 : bead.source().get(bead.source().size() - 1));
            target = Math.max(target, bead.target().isEmpty() ? -1 : bead.target().get(bead.target().size() - 1));
        }
        return new LadderExtent(source, target);
    }

    /**
     * A warning naming {@code testName} when the test ladder ends at other sentences than the gold one (an
     * index beyond the gold's last one, or the gold going on after the test's last one), else empty.
     */
    static Optional<String> mismatch(String goldName, LadderExtent gold, String testName, LadderExtent test) {
        if (gold.equals(test)) {
            return Optional.empty();
        }
        return Optional.of(testName + ": its last indices are source " + test.source + ", target " + test.target
                + ", but " + goldName + "'s are " + gold.source + ", " + gold.target
                + "; do the two files belong together?");
    }
}
