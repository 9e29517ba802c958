package dev.bitext.tm;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What one document of the review report holds: beads, sentences, unaligned beads and units left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param beads           number of beads
 * @param sourceSentences number of source sentences
 * @param targetSentences number of target sentences
 * @param unaligned       number of 1-0 and 0-1 beads
 * @param removed         units left out of the TM per reason (only reasons that occur)
 */
record DocumentCounts(int beads, int sourceSentences, int targetSentences, int unaligned,
                      Map<FilterReason, Integer> removed) {

    DocumentCounts {
        removed = Map.copyOf(removed);
    }

    /** Counts an alignment and its verdicts ({@code verdicts.get(k)} for bead k, null when kept). */
    static DocumentCounts of(Alignment alignment, List<FilterReason> verdicts) {
        int unaligned = 0;
        Map<FilterReason, Integer> removed = new EnumMap<>(FilterReason.class);
        for (int k = 0; k < alignment.beads().size(); k++) {
            Bead bead = alignment.beads().get(k);
            if (bead.source().isEmpty() || bead.target().isEmpty()) {
                unaligned++;
            }
            FilterReason reason = verdicts.get(k);
            if (reason != null) {
                removed.merge(reason, 1, Integer::sum);
            }
        }
        return new DocumentCounts(alignment.beads().size(), alignment.source().size(), alignment.target().size(),
                unaligned, removed);
    }

    /** Number of units left out of the TM, whatever the reason. */
    int leftOut() {
        return removed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The reasons with their counts in enum order, e.g. {@code "UNPAIRED 2, DUPLICATE 1"}; empty when none. */
    String reasons() {
        StringJoiner joiner = new StringJoiner(", ");
        for (FilterReason reason : FilterReason.values()) {
            Integer n = removed.get(reason);
            if (n != null) {
                joiner.add(reason.name() + " " + n);
            }
        }
        return joiner.toString();
    }
}
