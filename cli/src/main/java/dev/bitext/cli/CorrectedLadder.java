package dev.bitext.cli;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.io.Ladder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ladder a person corrected, checked against the documents it names and laid over the aligner's result: every
 * sentence of each side in exactly one bead; a bead the aligner also found keeps the aligner's confidence, any
 * other is manual. Beads may come in any order and need not be runs of consecutive sentences; units follow the
 * file's order. Immutable.
 */
final class CorrectedLadder {
    /** How many missing sentences an error names before it says how many more there are. */
    private static final int NAMED_MISSING = 5;

    private final Alignment alignment;
    private final Set<Bead> manual;
    private final String warning;

    private CorrectedLadder(Alignment alignment, Set<Bead> manual, String warning) {
        this.alignment = alignment;
        this.manual = manual;
        this.warning = warning;
    }

    /**
     * Checks {@code entries}, read from {@code file}, against the documents of {@code aligned} and takes the
     * aligner's confidence for the beads it found too.
     *
     * @param file    the ladder's name in messages
     * @param entries the ladder's beads with their lines
     * @param aligned the aligner's result for the ladder's input
     * @return the corrected alignment
     * @throws BitextException {@code FILE:LINE: problem} for a sentence that does not exist or is in two beads,
     *                         {@code FILE: problem} for sentences in no bead and for a ladder without beads
     */
    static CorrectedLadder of(String file, List<Ladder.Entry> entries, Alignment aligned) {
        int sourceSize = aligned.source().size();
        int targetSize = aligned.target().size();
        if (entries.isEmpty() && sourceSize + targetSize > 0) {
            throw new BitextException(file + ": the ladder has no beads, but the source has " + sourceSize
                    + " sentence(s) and the target " + targetSize);
        }
        Map<Integer, Integer> sourceLines = new HashMap<>();
        Map<Integer, Integer> targetLines = new HashMap<>();
        for (Ladder.Entry entry : entries) {
            cover(file, entry, entry.bead().source(), "source", sourceSize, sourceLines);
            cover(file, entry, entry.bead().target(), "target", targetSize, targetLines);
        }
        checkComplete(file, entries, "source", sourceSize, sourceLines);
        checkComplete(file, entries, "target", targetSize, targetLines);
        Map<List<List<Integer>>, Double> found = new HashMap<>();
        for (Bead bead : aligned.beads()) {
            found.put(List.of(bead.source(), bead.target()), bead.confidence());
        }
        List<Bead> beads = new ArrayList<>(entries.size());
        Set<Bead> manual = new HashSet<>();
        for (Ladder.Entry entry : entries) {
            Bead bead = entry.bead();
            Double confidence = found.get(List.of(bead.source(), bead.target()));
            if (confidence == null) {
                manual.add(bead);
                beads.add(bead);
            } else {
                beads.add(new Bead(bead.source(), bead.target(), confidence));
            }
        }
        return new CorrectedLadder(new Alignment(aligned.source(), aligned.target(), beads), Set.copyOf(manual),
                gapWarning(file, entries));
    }

    /** The warning about beads that are not runs of consecutive sentences, or null when there are none. */
    private static String gapWarning(String file, List<Ladder.Entry> entries) {
        List<Ladder.Entry> gaps = entries.stream().filter(e -> !e.bead().isConsecutive()).toList();
        return gaps.isEmpty() ? null : file + ": " + gaps.size() + " bead(s) with a gap (first at line "
                + gaps.get(0).line() + "): their sentences are joined as if adjacent";
    }

    /** {@return the warning about beads with gaps between their sentences, or null} */
    String warning() {
        return warning;
    }

    /** {@return the alignment of the ladder's beads, in file order} */
    Alignment alignment() {
        return alignment;
    }

    /** {@return whether {@code bead}, one of {@link #alignment()}'s, is not one the aligner found} */
    boolean isManual(Bead bead) {
        return manual.contains(bead);
    }

    /** Notes the line of each sentence of {@code ids}; refuses one out of range or already in a bead. */
    private static void cover(String file, Ladder.Entry entry, List<Integer> ids, String side, int size,
                              Map<Integer, Integer> lines) {
        for (int id : ids) {
            if (id >= size) {
                throw new BitextException(file + ":" + entry.line() + ": " + side + " sentence " + id
                        + " does not exist (the " + side + " has " + size + " sentence(s)"
                        + (size == 0 ? "" : ", 0 to " + (size - 1)) + ")");
            }
            Integer earlier = lines.putIfAbsent(id, entry.line());
            if (earlier != null) {
                throw new BitextException(file + ":" + entry.line() + ": " + side + " sentence " + id
                        + " is already in the bead at line " + earlier);
            }
        }
    }

    /** Refuses a side with sentences in no bead, naming the first few and where the first belongs. */
    private static void checkComplete(String file, List<Ladder.Entry> entries, String side, int size,
                                      Map<Integer, Integer> lines) {
        if (lines.size() == size) {
            return;
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!lines.containsKey(i)) {
                missing.add(i);
            }
        }
        int first = missing.get(0);
        String named = missing.stream().limit(NAMED_MISSING).map(String::valueOf).collect(Collectors.joining(", "));
        String more = missing.size() > NAMED_MISSING ? " and " + (missing.size() - NAMED_MISSING) + " more" : "";
        String where = entries.stream()
                .filter(e -> sideOf(e.bead(), side).stream().anyMatch(id -> id > first))
                .findFirst()
                .map(e -> "; sentence " + first + " belongs before line " + e.line())
                .orElse("; sentence " + first + " belongs after the last bead");
        throw new BitextException(file + ": " + missing.size() + " " + side + " sentence(s) in no bead: " + named
                + more + where);
    }

    private static List<Integer> sideOf(Bead bead, String side) {
        return side.equals("source") ? bead.source() : bead.target();
    }
}
