package dev.bitext.cli;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a ladder file whose third column is each bead's confidence, {@code [0]:[0]:0.95}, parsed and checked
 * as {@link Ladder#entries(java.io.Reader, String, Consumer)} does, with its warnings. A ladder without a
 * third column gives beads but no confident ones; one with the column on some lines only, or a value outside
 * [0, 1], is an error naming the file and line. Stateless.
 */
final class LadderConfidences {
    private LadderConfidences() {
    }

    /** The beads of {@code text}, the content of the file {@code name}. */
    static ConfidentBeads read(String text, String name, Consumer<String> warnings) throws IOException {
        List<Ladder.Entry> entries = Ladder.entries(new StringReader(text), name, warnings);
        List<String> lines = text.lines().toList();
        List<Bead> beads = new ArrayList<>();
        int withConfidence = 0;
        Ladder.Entry firstWithout = null;
        for (Ladder.Entry entry : entries) {
            String column = thirdColumn(lines.get(entry.line() - 1));
            Bead b = entry.bead();
            if (column == null) {
                firstWithout = firstWithout == null ? entry : firstWithout;
                beads.add(b);
            } else {
                withConfidence++;
                beads.add(new Bead(b.source(), b.target(), confidence(column, name + ":" + entry.line() + ": ")));
            }
        }
        if (withConfidence == 0) {
            return new ConfidentBeads(beads, List.of());
        }
        if (firstWithout != null) {
            throw new BitextException(name + ":" + firstWithout.line()
                    + ": no confidence (a third column), though other lines have one");
        }
        return new ConfidentBeads(beads, beads);
    }

    /**
     * What follows the target list's ':' of a line {@link Ladder} accepted, or null when nothing does. That
     * value holds no ']', so the last ']' of the line closes the target list.
     */
    private static String thirdColumn(String line) {
        String rest = line.substring(line.lastIndexOf(']') + 1).strip();
        return rest.startsWith(":") ? rest.substring(1).strip() : null;
    }

    private static double confidence(String column, String where) {
        double value;
        try {
            value = Double.parseDouble(column);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new BitextException(where + "the confidence '" + column + "' is not a number in [0, 1]");
        }
        return value;
    }
}
