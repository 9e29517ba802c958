package dev.bitext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence-boundary F1 between two segmentations of the same text: a boundary is the position, in the
 * text with all white space removed, where a sentence ends; the segmentations must cover the same text.
 */
final class BoundaryScore {
    private BoundaryScore() {
    }

    static Set<Integer> boundaries(List<String> sentences) {
        Set<Integer> out = new HashSet<>();
        int pos = 0;
        for (String s : sentences) {
            pos += s.replaceAll("\\s+", "").length();
            out.add(pos);
        }
        return out;
    }

    static String squeeze(List<String> sentences) {
        return String.join("", sentences).replaceAll("\\s+", "");
    }

    static double f1(List<String> gold, List<String> test) {
        if (!squeeze(gold).equals(squeeze(test))) {
            throw new IllegalArgumentException("segmentations cover different text");
        }
        Set<Integer> g = boundaries(gold);
        Set<Integer> t = boundaries(test);
        Set<Integer> both = new HashSet<>(g);
        both.retainAll(t);
        double p = (double) both.size() / t.size();
        double r = (double) both.size() / g.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
