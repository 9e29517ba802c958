package dev.bitext;

import java.util.List;

/**
 * One bead of an alignment: a set of source sentences that translates a set of target sentences, each side
 * held as its sentence indices in ascending order. Either side may be empty (a 0-1 or 1-0 bead: a sentence
 * without counterpart), not both.
 *
 * <p>The {@link Aligner}'s beads are always runs of consecutive sentences ({@link #isConsecutive()}); gaps are
 * allowed so that gold alignments with crossing or discontinuous translations, such as {@code [49,51,53]:[51]},
 * can be read ({@link dev.bitext.io.Ladder#read(java.nio.file.Path)}) and scored.
 *
 * <p>Immutable and thread-safe; the index lists are unmodifiable copies.
 *
 * @param source     0-based source sentence indices, strictly ascending (so distinct)
 * @param target     0-based target sentence indices, strictly ascending (so distinct)
 * @param confidence how sure the aligner is that this bead is right, in [0, 1]
 */
public record Bead(List<Integer> source, List<Integer> target, double confidence) {
    /**
     * Copies the lists and validates them and the confidence.
     *
     * @param source the source sentence indices, ascending and distinct; copied
     * @param target the target sentence indices, ascending and distinct; copied
     * @param confidence the bead's confidence, in [0, 1]
     */
    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
        checkAscending(source, "source");
        checkAscending(target, "target");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }

    /**
     * A bead over {@code sourceCount} sentences from {@code sourceStart} and {@code targetCount} from {@code targetStart}.
     *
     * @param sourceStart the first source sentence index
     * @param sourceCount the number of source sentences (0 or more)
     * @param targetStart the first target sentence index
     * @param targetCount the number of target sentences (0 or more)
     * @param confidence the bead's confidence, in [0, 1]
     * @return the bead
     */
    public static Bead of(int sourceStart, int sourceCount, int targetStart, int targetCount, double confidence) {
        Integer[] s = new Integer[sourceCount];
        for (int i = 0; i < sourceCount; i++) {
            s[i] = sourceStart + i;
        }
        Integer[] t = new Integer[targetCount];
        for (int i = 0; i < targetCount; i++) {
            t[i] = targetStart + i;
        }
        return new Bead(List.of(s), List.of(t), confidence);
    }

    private static void checkAscending(List<Integer> ids, String side) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) < 0 || (i > 0 && ids.get(i) <= ids.get(i - 1))) {
                throw new IllegalArgumentException(side + " indices must be non-negative and strictly ascending: "
                        + ids);
            }
        }
    }

    /** {@return whether each side is a run of consecutive indices, as in every bead the aligner makes} */
    public boolean isConsecutive() {
        return consecutive(source) && consecutive(target);
    }

    private static boolean consecutive(List<Integer> ids) {
        return ids.isEmpty() || ids.get(ids.size() - 1) - ids.get(0) == ids.size() - 1;
    }

    /** {@return the bead type as {@code "sourceCount-targetCount"}, for instance {@code "1-2"} or {@code "0-1"}} */
    public String type() {
        return source.size() + "-" + target.size();
    }
}
