package dev.bitext.eval;

import dev.bitext.Bead;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The precision half of Vecalign's score.py: how many distinct test beads are found exactly (strict) or by
 * overlap (lax) in a reference. Recall is the same computation with the roles swapped.
 *
 * <p>Stateless and thread-safe.
 */
final class BeadMatch {
    /** A bead's sentence ids without its confidence, so that equal beads compare equal. */
    record Key(List<Integer> source, List<Integer> target) {
        static Key of(Bead bead) {
            return new Key(bead.source(), bead.target());
        }

        boolean hasEmptySide() {
            return source.isEmpty() || target.isEmpty();
        }
    }

    /**
     * Counts for one direction.
     *
     * @param beads  distinct candidate beads
     * @param strict candidates found exactly in the reference
     * @param lax    candidates that are strict hits or overlap one reference bead on both sides
     */
    record Counts(long beads, long strict, long lax) {
    }

    private BeadMatch() {
    }

    /** The distinct keys of {@code beads} accepted by {@code keep}, in first-seen order; both-empty beads dropped. */
    static Set<Key> distinct(List<Bead> beads, Predicate<Key> keep) {
        Set<Key> keys = new LinkedHashSet<>();
        for (Bead bead : beads) {
            Key key = Key.of(bead);
            if ((!key.source.isEmpty() || !key.target.isEmpty()) && keep.test(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Scores each distinct candidate against the reference: a strict hit if it is in the reference; otherwise
     * a lax hit if some reference bead shares a source id with it and also a target id (so a candidate with
     * an empty side is never a lax-only hit).
     */
    static Counts count(Set<Key> reference, Set<Key> candidates) {
        Map<Integer, Set<Integer>> targetsOfSource = new HashMap<>();
        for (Key ref : reference) {
            for (int s : ref.source) {
                targetsOfSource.computeIfAbsent(s, k -> new HashSet<>()).addAll(ref.target);
            }
        }
        long strict = 0;
        long lax = 0;
        for (Key candidate : candidates) {
            if (reference.contains(candidate)) {
                strict++;
                lax++;
            } else if (overlaps(candidate, targetsOfSource)) {
                lax++;
            }
        }
        return new Counts(candidates.size(), strict, lax);
    }

    private static boolean overlaps(Key candidate, Map<Integer, Set<Integer>> targetsOfSource) {
        for (int s : candidate.source) {
            Set<Integer> targets = targetsOfSource.getOrDefault(s, Set.of());
            for (int t : candidate.target) {
                if (targets.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
