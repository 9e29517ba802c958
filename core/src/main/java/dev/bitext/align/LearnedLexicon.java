package dev.bitext.align;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Word associations learned from a first alignment: source and target tokens (see {@link Tokens}) that
 * co-occur in paired beads more than chance allows, scored by the Dice coefficient over bead counts.
 * Tokens that occur in a large share of beads (function words, the commonest characters) are ignored.
 * Immutable once learned; safe for concurrent {@link #sourceItems}/{@link #targetItems} calls.
 */
final class LearnedLexicon implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final LearnedLexicon EMPTY = new LearnedLexicon(TokenTable.EMPTY, TokenTable.EMPTY, 0);

    static final double MIN_DICE = 0.5;
    static final int MIN_COUNT = 3;
    /** Dice reaches {@link #MIN_DICE} only when neither count exceeds this many times the other. */
    static final int MAX_RATIO = 3;
    private static final double MAX_BEAD_SHARE = 0.05;
    private static final int MIN_BEADS_FOR_SHARE = 100;
    private static final long PAIR_SALT = 0x632BE59BD9B4E019L;

    private final TokenTable sourceKeys;
    private final TokenTable targetKeys;
    private final int size;

    private LearnedLexicon(TokenTable sourceKeys, TokenTable targetKeys, int size) {
        this.sourceKeys = sourceKeys;
        this.targetKeys = targetKeys;
        this.size = size;
    }

    /** The tokens of paired beads of one document: per bead the source and the target token sets. */
    record Observation(List<long[]> sourceTokens, List<long[]> targetTokens) implements java.io.Serializable {
    }

    /**
     * The largest number of beads a token may occur in and still be learned, among {@code beads} observed
     * beads in all (a token in a larger share is a function word).
     */
    static int maxCount(long beads) {
        return beads < MIN_BEADS_FOR_SHARE ? Integer.MAX_VALUE : (int) Math.ceil(MAX_BEAD_SHARE * beads);
    }

    /** Whether a token occurring {@code count} times may be learned, with {@code maxCount} from {@link #maxCount}. */
    static boolean eligible(long count, int maxCount) {
        return count >= MIN_COUNT && count <= maxCount;
    }

    /**
     * Whether tokens occurring {@code sourceCount} and {@code targetCount} times can pass {@link #keeps} at
     * all: Dice reaches {@link #MIN_DICE} only when neither count exceeds three times the other.
     */
    static boolean mayPair(long sourceCount, long targetCount) {
        return sourceCount <= MAX_RATIO * targetCount && targetCount <= MAX_RATIO * sourceCount;
    }

    /** Whether a pair met {@code together} times, of tokens met {@code sourceCount} and {@code targetCount} times, is kept. */
    static boolean keeps(long together, long sourceCount, long targetCount) {
        return together >= MIN_COUNT && 2.0 * together / (sourceCount + targetCount) >= MIN_DICE;
    }

    /**
     * The lexicon of pairs that passed the thresholds, found by counting elsewhere: the same as
     * {@link #learn} gives when the pairs are those it keeps and each carries its first shared bead.
     */
    static LearnedLexicon fromPairs(List<LearnedPair> pairs) {
        Comparator<LearnedPair> bead = Comparator.comparingLong(LearnedPair::document).thenComparingInt(LearnedPair::bead);
        List<LearnedPair> bySource = pairs.stream()
                .sorted(bead.thenComparingInt(LearnedPair::targetPosition)).toList();
        List<LearnedPair> byTarget = pairs.stream()
                .sorted(bead.thenComparingInt(LearnedPair::sourcePosition)).toList();
        TokenTable.Builder source = new TokenTable.Builder(pairs.size());
        for (LearnedPair p : bySource) {
            source.add(p.sourceToken(), pairKey(p.sourceToken(), p.targetToken()));
        }
        TokenTable.Builder target = new TokenTable.Builder(pairs.size());
        for (LearnedPair p : byTarget) {
            target.add(p.targetToken(), pairKey(p.sourceToken(), p.targetToken()));
        }
        return new LearnedLexicon(source.build(), target.build(), pairs.size());
    }

    /**
     * Learns associations from the paired beads of any number of documents. The pair keys of a token are
     * listed in the order a sweep over beads (then source tokens, then target tokens) first meets the pairs.
     */
    static LearnedLexicon learn(List<Observation> observations) {
        BeadTokens source = BeadTokens.of(observations, true);
        BeadTokens target = BeadTokens.of(observations, false);
        int maxCount = maxCount(source.beads());
        source.keepCounts(MIN_COUNT, maxCount);
        target.keepCounts(MIN_COUNT, maxCount);
        Pairs pairs = new Pairs();
        countPairs(source, target, pairs);
        return new LearnedLexicon(sourceTable(source, pairs), targetTable(target, pairs), pairs.size);
    }

    /**
     * Counts the co-occurrences of each eligible source token with the eligible target tokens, one source
     * token at a time over its beads, and keeps the pairs that pass both thresholds. A pair's count is at
     * most the smaller unigram count, so Dice can reach {@link #MIN_DICE} only when neither count exceeds
     * three times the other: with the target tokens of each bead ordered by count, only that range is
     * counted (exact, no pair that could pass is skipped).
     */
    private static void countPairs(BeadTokens source, BeadTokens target, Pairs out) {
        Postings postings = Postings.of(source);
        target.orderBeadsByCount();
        int[] count = new int[target.distinct()];
        int[] touched = new int[target.distinct()];
        int[] firstSource = new int[target.distinct()];
        int[] firstTarget = new int[target.distinct()];
        for (int s = 0; s < source.distinct(); s++) {
            int cs = source.count(s);
            long lo = (cs + 2) / 3;
            long hi = 3L * cs;
            int n = 0;
            int pEnd = postings.start(s + 1);
            for (int p = postings.start(s); p < pEnd; p++) {
                int at = postings.at(p);
                int b = source.beadOf(at);
                int qEnd = target.start(b + 1);
                for (int q = firstWithCount(target, target.start(b), qEnd, lo); q < qEnd; q++) {
                    int t = target.id(q);
                    if (target.count(t) > hi) {
                        break; // the rest of the bead is commoner still
                    }
                    if (count[t]++ == 0) {
                        touched[n++] = t;
                        firstSource[t] = at;
                        firstTarget[t] = target.origin(q);
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                int t = touched[k];
                int c = count[t];
                count[t] = 0;
                if (keeps(c, cs, target.count(t))) {
                    out.add(s, t, firstSource[t], firstTarget[t], pairKey(source.key(s), target.key(t)));
                }
            }
        }
    }

    /** The first flat position in {@code from..to-1} (ordered by count) whose token count is {@code >= min}. */
    private static int firstWithCount(BeadTokens tokens, int from, int to, long min) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.countAt(mid) < min) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Per source token its pair keys, ordered by where a sweep over beads, source tokens and target tokens
     * first meets each pair: for one source token that is the target token's first shared (original) flat
     * position.
     */
    private static TokenTable sourceTable(BeadTokens source, Pairs pairs) {
        return table(source, pairs.source, pairs.firstTarget, pairs);
    }

    /**
     * Per target token its pair keys, ordered by where the sweep first meets each pair: for one target
     * token that is the flat position of the source token's first occurrence in a shared bead.
     */
    private static TokenTable targetTable(BeadTokens target, Pairs pairs) {
        return table(target, pairs.target, pairs.firstSource, pairs);
    }

    /** Groups the pair keys by {@code tokens.key(token[i])}, each group ordered by {@code position[i]}. */
    private static TokenTable table(BeadTokens tokens, int[] token, int[] position, Pairs pairs) {
        long[] order = new long[pairs.size];
        for (int i = 0; i < pairs.size; i++) {
            order[i] = (long) position[i] << 32 | i;
        }
        Arrays.sort(order);
        TokenTable.Builder b = new TokenTable.Builder(pairs.size);
        for (long o : order) {
            int i = (int) o;
            b.add(tokens.key(token[i]), pairs.key[i]);
        }
        return b.build();
    }

    /** The pairs kept so far, as parallel arrays. */
    private static final class Pairs {
        int size;
        int[] source = new int[64];
        int[] target = new int[64];
        /** Flat source position where the pair was first met. */
        int[] firstSource = new int[64];
        /** Original flat target position where the pair was first met. */
        int[] firstTarget = new int[64];
        long[] key = new long[64];

        void add(int s, int t, int atSource, int atTarget, long k) {
            if (size == key.length) {
                source = Arrays.copyOf(source, size * 2);
                target = Arrays.copyOf(target, size * 2);
                firstSource = Arrays.copyOf(firstSource, size * 2);
                firstTarget = Arrays.copyOf(firstTarget, size * 2);
                key = Arrays.copyOf(key, size * 2);
            }
            source[size] = s;
            target[size] = t;
            firstSource[size] = atSource;
            firstTarget[size] = atTarget;
            key[size] = k;
            size++;
        }
    }

    /** The item key of the pair of source token {@code s} and target token {@code t}. */
    static long pairKey(long s, long t) {
        return Tokens.mix(s * 31 + t ^ PAIR_SALT);
    }

    /** Number of learned pairs. */
    int size() {
        return size;
    }

    /** Reports a learned item for each token of a source sentence that has associations. */
    void sourceItems(long[] tokens, ItemSink sink) {
        sourceKeys.items(tokens, sink);
    }

    /** Reports a learned item for each token of a target sentence that has associations. */
    void targetItems(long[] tokens, ItemSink sink) {
        targetKeys.items(tokens, sink);
    }
}
