package dev.bitext.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word associations learned from a first alignment: source and target tokens (see {@link Tokens}) that
 * co-occur in paired beads more than chance allows, scored by the Dice coefficient over bead counts.
 * Tokens that occur in a large share of beads (function words, the commonest characters) are ignored.
 * Immutable once learned.
 */
final class LearnedLexicon {
    static final LearnedLexicon EMPTY = new LearnedLexicon(Map.of(), Map.of());

    private static final double MIN_DICE = 0.5;
    private static final int MIN_COUNT = 3;
    private static final double MAX_BEAD_SHARE = 0.05;
    private static final int MIN_BEADS_FOR_SHARE = 100;
    private static final long PAIR_SALT = 0x632BE59BD9B4E019L;

    private final Map<Long, long[]> sourceKeys;
    private final Map<Long, long[]> targetKeys;

    private LearnedLexicon(Map<Long, long[]> sourceKeys, Map<Long, long[]> targetKeys) {
        this.sourceKeys = sourceKeys;
        this.targetKeys = targetKeys;
    }

    /** The tokens of paired beads of one document: per bead the source and the target token sets. */
    record Observation(List<long[]> sourceTokens, List<long[]> targetTokens) {
    }

    /** Learns associations from the paired beads of any number of documents. */
    static LearnedLexicon learn(List<Observation> observations) {
        LongIntMap sourceCount = new LongIntMap(1 << 12);
        LongIntMap targetCount = new LongIntMap(1 << 12);
        int beads = 0;
        for (Observation o : observations) {
            for (int b = 0; b < o.sourceTokens().size(); b++) {
                beads++;
                for (long s : o.sourceTokens().get(b)) {
                    sourceCount.add(s, 1);
                }
                for (long t : o.targetTokens().get(b)) {
                    targetCount.add(t, 1);
                }
            }
        }
        int maxCount = beads < MIN_BEADS_FOR_SHARE ? Integer.MAX_VALUE : (int) Math.ceil(MAX_BEAD_SHARE * beads);
        // The tokens of each bead that may take part, filtered once for both sweeps below.
        List<long[]> sourceTokens = new ArrayList<>(beads);
        List<long[]> targetTokens = new ArrayList<>(beads);
        for (Observation o : observations) {
            for (int b = 0; b < o.sourceTokens().size(); b++) {
                sourceTokens.add(eligible(o.sourceTokens().get(b), sourceCount, maxCount));
                targetTokens.add(eligible(o.targetTokens().get(b), targetCount, maxCount));
            }
        }
        LongIntMap joint = new LongIntMap(1 << 14);
        forEachPair(sourceTokens, targetTokens, (s, t) -> joint.add(pairKey(s, t), 1));
        Map<Long, List<Long>> src = new HashMap<>();
        Map<Long, List<Long>> tgt = new HashMap<>();
        forEachPair(sourceTokens, targetTokens, (s, t) -> {
            long key = pairKey(s, t);
            int c = joint.get(key, 0);
            if (c < MIN_COUNT) {
                return;
            }
            joint.put(key, 0); // each pair once
            double dice = 2.0 * c / (sourceCount.get(s, 0) + targetCount.get(t, 0));
            if (dice >= MIN_DICE) {
                src.computeIfAbsent(s, k -> new ArrayList<>()).add(key);
                tgt.computeIfAbsent(t, k -> new ArrayList<>()).add(key);
            }
        });
        return new LearnedLexicon(toArrays(src), toArrays(tgt));
    }

    /** Receives a source and a target token that share a bead. */
    private interface PairVisitor {
        void visit(long source, long target);
    }

    /** Visits every (source token, target token) pair of every bead, in order. */
    private static void forEachPair(List<long[]> sourceTokens, List<long[]> targetTokens, PairVisitor visitor) {
        for (int b = 0; b < sourceTokens.size(); b++) {
            long[] ts = targetTokens.get(b);
            for (long s : sourceTokens.get(b)) {
                for (long t : ts) {
                    visitor.visit(s, t);
                }
            }
        }
    }

    /** The tokens seen at least {@link #MIN_COUNT} and at most {@code maxCount} times. */
    private static long[] eligible(long[] tokens, LongIntMap counts, int maxCount) {
        long[] out = new long[tokens.length];
        int n = 0;
        for (long t : tokens) {
            int c = counts.get(t, 0);
            if (c >= MIN_COUNT && c <= maxCount) {
                out[n++] = t;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static Map<Long, long[]> toArrays(Map<Long, List<Long>> lists) {
        Map<Long, long[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return out;
    }

    private static long pairKey(long s, long t) {
        return Tokens.mix(s * 31 + t ^ PAIR_SALT);
    }

    /** Number of learned pairs. */
    int size() {
        return sourceKeys.values().stream().mapToInt(a -> a.length).sum();
    }

    /** Reports a learned item for each token of a source sentence that has associations. */
    void sourceItems(long[] tokens, ItemSink sink) {
        items(sourceKeys, tokens, sink);
    }

    /** Reports a learned item for each token of a target sentence that has associations. */
    void targetItems(long[] tokens, ItemSink sink) {
        items(targetKeys, tokens, sink);
    }

    private static void items(Map<Long, long[]> keys, long[] tokens, ItemSink sink) {
        for (long tok : tokens) {
            long[] alts = keys.get(tok);
            if (alts != null) {
                sink.item(EvidenceKind.LEARNED, alts);
            }
        }
    }
}
