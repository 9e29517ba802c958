package dev.bitext.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of one side's sentences with their log-likelihood-ratio weights: an item that finds its
 * counterpart in the paired sentences gains {@code log(p/q) - log((1-p)/(1-q))} over one that does not,
 * and every item of a paired sentence starts from {@code log((1-p)/(1-q))}, where {@code p} is the
 * probability that an item of its kind is matched in a true pair and {@code q} the chance that a
 * sentence of the other side holds it anyway (its document frequency there). Immutable.
 */
final class WeightedItems {
    private static final double MAX_BACKGROUND = 0.5;

    final List<SentenceItems> sentences;
    private final float[][] gain;
    private final double[] base;
    private final double[] maxGain;

    private WeightedItems(List<SentenceItems> sentences, float[][] gain, double[] base, double[] maxGain) {
        this.sentences = sentences;
        this.gain = gain;
        this.base = base;
        this.maxGain = maxGain;
    }

    /**
     * Weighs {@code mine} against the sentences of the other side.
     *
     * @param matchProbability probability of a match in a true pair, indexed by {@link EvidenceKind#ordinal()}
     */
    static WeightedItems weigh(List<SentenceItems> mine, List<SentenceItems> other, double[] matchProbability) {
        Map<Long, Integer> df = new HashMap<>();
        for (SentenceItems s : other) {
            for (long k : s.keys()) {
                df.merge(k, 1, Integer::sum);
            }
        }
        int m = other.size();
        float[][] gain = new float[mine.size()][];
        double[] base = new double[mine.size()];
        double[] maxGain = new double[mine.size()];
        for (int s = 0; s < mine.size(); s++) {
            SentenceItems items = mine.get(s);
            gain[s] = new float[items.size()];
            for (int k = 0; k < items.size(); k++) {
                long count = 0;
                for (long alt : items.alternatives(k)) {
                    count += df.getOrDefault(alt, 0);
                }
                double q = Math.min(MAX_BACKGROUND, (Math.min(count, m) + 0.5) / (m + 1.0));
                double p = Math.max(matchProbability[items.kind(k).ordinal()], q);
                double miss = Math.log((1 - p) / (1 - q));
                double g = Math.log(p / q) - miss;
                gain[s][k] = (float) g;
                base[s] += miss;
                maxGain[s] += g;
            }
        }
        return new WeightedItems(mine, gain, base, maxGain);
    }

    /** The summed gain of the items of sentence {@code s} found in {@code other}. */
    double gainIn(int s, SentenceItems other) {
        SentenceItems items = sentences.get(s);
        double sum = 0;
        for (int k = 0; k < items.size(); k++) {
            if (items.matchedIn(k, other)) {
                sum += gain[s][k];
            }
        }
        return sum;
    }

    /** The log-likelihood ratio of sentence {@code s} being paired when none of its items is matched. */
    double base(int s) {
        return base[s];
    }

    /** The largest gain sentence {@code s} can reach (every item matched). */
    double maxGain(int s) {
        return maxGain[s];
    }

    int size() {
        return sentences.size();
    }
}
