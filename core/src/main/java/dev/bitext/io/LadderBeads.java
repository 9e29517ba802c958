package dev.bitext.io;

import dev.bitext.Bead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Turns the lines of one ladder file into beads, each side read as a set of indices, and notes what is unusual
 * about them: beads that are not runs of consecutive indices written in ascending order, and indices that
 * occur more than once on one side. Not thread-safe: one instance reads one file.
 */
final class LadderBeads {
    private final String name;
    private final List<Bead> beads = new ArrayList<>();
    private final List<Ladder.Entry> entries = new ArrayList<>();
    private final Map<Integer, Integer> sourceLines = new HashMap<>();
    private final Map<Integer, Integer> targetLines = new HashMap<>();
    private long unordered;
    private String firstUnordered;
    private long repeats;
    private String firstRepeat;

    /** @param name how warnings name the file */
    LadderBeads(String name) {
        this.name = name;
    }

    /** Adds the bead of line {@code number}, whose text is {@code text}; a line empty on both sides is dropped. */
    void add(LadderLine line, int number, String text) {
        if (line.isEmpty()) {
            return;
        }
        Bead bead = new Bead(asSet(line.source()), asSet(line.target()), 1.0);
        if (!bead.isConsecutive() || !ascending(line.source()) || !ascending(line.target())) {
            if (unordered++ == 0) {
                firstUnordered = "line " + number + ": " + LadderLine.shorten(text.strip());
            }
        }
        noteRepeats(line.source(), "source", sourceLines, number);
        noteRepeats(line.target(), "target", targetLines, number);
        beads.add(bead);
        entries.add(new Ladder.Entry(bead, number));
    }

    /** The beads read, in file order. */
    List<Bead> beads() {
        return List.copyOf(beads);
    }

    /** The beads read with their line numbers, in file order. */
    List<Ladder.Entry> entries() {
        return List.copyOf(entries);
    }

    /** Gives {@code warnings} one message per kind of oddity found, each naming the file and its first case. */
    void warn(Consumer<String> warnings) {
        if (unordered > 0) {
            warnings.accept(name + ": " + unordered + " bead(s) with non-consecutive indices (first at "
                    + firstUnordered + "); scored as sets");
        }
        if (repeats > 0) {
            warnings.accept(name + ": " + repeats + " repeated index(es) (first at " + firstRepeat
                    + "); every bead is scored, an index repeated within a bead and a bead repeated count once");
        }
    }

    private void noteRepeats(List<Integer> ids, String side, Map<Integer, Integer> lines, int number) {
        for (int id : ids) {
            Integer earlier = lines.putIfAbsent(id, number);
            if (earlier != null && repeats++ == 0) {
                firstRepeat = "line " + number + ": " + side + " index " + id
                        + (earlier == number ? " twice in the bead" : ", already at line " + earlier);
            }
        }
    }

    private static List<Integer> asSet(List<Integer> ids) {
        return ids.size() <= 1 ? ids : List.copyOf(new TreeSet<>(ids));
    }

    private static boolean ascending(List<Integer> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i) < ids.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
