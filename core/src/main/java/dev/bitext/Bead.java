package dev.bitext;

import java.util.List;

/**
 * One bead of an alignment: consecutive source sentences that translate consecutive target sentences.
 * Either side may be empty (a 0-1 or 1-0 bead: a sentence without counterpart), not both.
 *
 * <p>Immutable and thread-safe; the index lists are unmodifiable copies.
 *
 * @param source     0-based source sentence indices, ascending and consecutive
 * @param target     0-based target sentence indices, ascending and consecutive
 * @param confidence how sure the aligner is that this bead is right, in [0, 1]
 */
public record Bead(List<Integer> source, List<Integer> target, double confidence) {
    /** Copies the lists and validates them and the confidence. */
    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
        checkConsecutive(source, "source");
        checkConsecutive(target, "target");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }

    /** A bead over {@code sourceCount} sentences from {@code sourceStart} and {@code targetCount} from {@code targetStart}. */
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

    private static void checkConsecutive(List<Integer> ids, String side) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) < 0 || (i > 0 && ids.get(i) != ids.get(i - 1) + 1)) {
                throw new IllegalArgumentException(side + " indices must be non-negative and consecutive: " + ids);
            }
        }
    }

    /** The bead type as {@code "sourceCount-targetCount"}, for instance {@code "1-2"} or {@code "0-1"}. */
    public String type() {
        return source.size() + "-" + target.size();
    }
}
