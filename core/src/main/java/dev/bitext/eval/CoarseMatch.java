package dev.bitext.eval;

import dev.bitext.Bead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bead-boundary accuracy for coarse (verse-level) gold: a gold bead is a hit when the test beads touching any
 * of its sentences cover exactly its source sentences and exactly its target sentences.
 *
 * <p>Stateless and thread-safe.
 */
final class CoarseMatch {
    private CoarseMatch() {
    }

    /** {@code {hits, goldBeads}}. */
    static long[] count(List<Bead> gold, List<Bead> test) {
        Map<Integer, List<Bead>> bySource = index(test, true);
        Map<Integer, List<Bead>> byTarget = index(test, false);
        long hits = 0;
        for (Bead g : gold) {
            Set<Integer> source = new HashSet<>();
            Set<Integer> target = new HashSet<>();
            for (Bead t : touching(g, bySource, byTarget)) {
                source.addAll(t.source());
                target.addAll(t.target());
            }
            if (source.equals(new HashSet<>(g.source())) && target.equals(new HashSet<>(g.target()))) {
                hits++;
            }
        }
        return new long[] {hits, gold.size()};
    }

    private static Map<Integer, List<Bead>> index(List<Bead> beads, boolean bySource) {
        Map<Integer, List<Bead>> index = new HashMap<>();
        for (Bead b : beads) {
            for (int id : bySource ? b.source() : b.target()) {
                index.computeIfAbsent(id, k -> new ArrayList<>()).add(b);
            }
        }
        return index;
    }

    private static List<Bead> touching(Bead g, Map<Integer, List<Bead>> bySource, Map<Integer, List<Bead>> byTarget) {
        List<Bead> out = new ArrayList<>();
        for (int s : g.source()) {
            out.addAll(bySource.getOrDefault(s, List.of()));
        }
        for (int t : g.target()) {
            out.addAll(byTarget.getOrDefault(t, List.of()));
        }
        return out;
    }
}
