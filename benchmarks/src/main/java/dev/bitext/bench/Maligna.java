package dev.bitext.bench;

import dev.bitext.Bead;
import java.util.ArrayList;
import java.util.List;
import net.loomchild.maligna.coretypes.Alignment;
import net.loomchild.maligna.filter.macro.GaleAndChurchMacro;

/**
 * The peer baseline: mALIGNa's Gale-Church macro (character lengths, normal distribution, Viterbi search in an
 * adaptive band), and the conversion of its output to bitext {@link Bead}s. Stateless and thread-safe (each
 * call builds its own macro).
 */
public final class Maligna {
    private Maligna() {
    }

    /** Aligns {@code source} with {@code target} sentences; mALIGNa's beads hold the sentence strings. */
    public static List<Alignment> align(List<String> source, List<String> target) {
        return new GaleAndChurchMacro().apply(List.of(new Alignment(source, target)));
    }

    /**
     * The beads of {@code output} as sentence indices, found by consuming {@code source} and {@code target} in
     * order. mALIGNa has no confidence, so every bead gets 1.
     *
     * @throws IllegalStateException if {@code output} does not hold exactly the given sentences in order
     */
    public static List<Bead> beads(List<Alignment> output, List<String> source, List<String> target) {
        List<Bead> beads = new ArrayList<>(output.size());
        int s = 0;
        int t = 0;
        for (Alignment a : output) {
            List<String> src = a.getSourceSegmentList();
            List<String> tgt = a.getTargetSegmentList();
            check(src, source, s, "source");
            check(tgt, target, t, "target");
            if (!src.isEmpty() || !tgt.isEmpty()) {
                beads.add(Bead.of(s, src.size(), t, tgt.size(), 1.0));
            }
            s += src.size();
            t += tgt.size();
        }
        if (s != source.size() || t != target.size()) {
            throw new IllegalStateException("mALIGNa output covers " + s + "/" + source.size() + " source and "
                    + t + "/" + target.size() + " target sentences");
        }
        return beads;
    }

    private static void check(List<String> segments, List<String> all, int from, String side) {
        for (int k = 0; k < segments.size(); k++) {
            int at = from + k;
            if (at >= all.size() || !all.get(at).equals(segments.get(k))) {
                throw new IllegalStateException("mALIGNa " + side + " sentence " + at + " does not match the input");
            }
        }
    }
}
