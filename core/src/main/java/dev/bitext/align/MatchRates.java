package dev.bitext.align;

import java.util.List;

/**
 * Per evidence kind, the probability that an item finds its counterpart in a true pair: the initial
 * values, re-estimated from the paired beads of a first alignment with a prior of a few pseudo-items.
 */
final class MatchRates {
    private static final double PSEUDO_ITEMS = 10;

    private MatchRates() {
    }

    static double[] initial() {
        double[] p = new double[EvidenceKind.values().length];
        for (EvidenceKind k : EvidenceKind.values()) {
            p[k.ordinal()] = k.initialMatchProbability;
        }
        return p;
    }

    /** Re-estimates from the paired beads of {@code path}. */
    static double[] reestimate(double[] prior, Path path, List<SentenceItems> source, List<SentenceItems> target) {
        int kinds = prior.length;
        double[] total = new double[kinds];
        double[] matched = new double[kinds];
        for (int b = 0; b < path.beads(); b++) {
            BeadType t = path.types()[b];
            if (t.isSkip()) {
                continue;
            }
            int i = path.pointI()[b];
            int j = path.pointJ()[b];
            count(source, i, t.sourceCount(), target, j, t.targetCount(), total, matched);
            count(target, j, t.targetCount(), source, i, t.sourceCount(), total, matched);
        }
        double[] p = new double[kinds];
        for (int k = 0; k < kinds; k++) {
            p[k] = (matched[k] + PSEUDO_ITEMS * prior[k]) / (total[k] + PSEUDO_ITEMS);
        }
        return p;
    }

    private static void count(List<SentenceItems> mine, int from, int count, List<SentenceItems> other, int oFrom,
                              int oCount, double[] total, double[] matched) {
        for (int s = from; s < from + count; s++) {
            SentenceItems items = mine.get(s);
            for (int k = 0; k < items.size(); k++) {
                int kind = items.kind(k).ordinal();
                total[kind]++;
                for (int o = oFrom; o < oFrom + oCount; o++) {
                    if (holdsAny(other.get(o).keys(), items, k)) {
                        matched[kind]++;
                        break;
                    }
                }
            }
        }
    }

    /** Whether the sorted {@code keys} hold one of the alternatives of item {@code k} of {@code items}. */
    private static boolean holdsAny(long[] keys, SentenceItems items, int k) {
        for (int x = items.from(k); x < items.to(k); x++) {
            if (java.util.Arrays.binarySearch(keys, items.alternative(x)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
