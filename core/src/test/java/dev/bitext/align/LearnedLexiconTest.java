package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the learned lexicon against a direct, slow statement of its definition. */
class LearnedLexiconTest {
    @ParameterizedTest
    @CsvSource({"1, 60, 1", "2, 400, 1", "3, 300, 3", "4, 1500, 2"})
    void matchesTheDefinitionIncludingItemOrder(long seed, int beads, int documents) {
        List<LearnedLexicon.Observation> observations = new ArrayList<>();
        Random random = new Random(seed);
        for (int d = 0; d < documents; d++) {
            observations.add(randomObservation(random, beads));
        }
        LearnedLexicon lexicon = LearnedLexicon.learn(observations);
        Reference expected = new Reference(observations);

        assertThat(expected.size).isGreaterThan(10);
        assertThat(lexicon.size()).isEqualTo(expected.size);
        for (LearnedLexicon.Observation o : observations) {
            for (int b = 0; b < o.sourceTokens().size(); b++) {
                assertThat(items(lexicon, o.sourceTokens().get(b), true))
                        .containsExactlyElementsOf(expected.items(expected.source, o.sourceTokens().get(b)));
                assertThat(items(lexicon, o.targetTokens().get(b), false))
                        .containsExactlyElementsOf(expected.items(expected.target, o.targetTokens().get(b)));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"3, 9, true", "3, 10, false", "9, 3, true", "10, 3, false", "4, 12, true", "2, 2, false"})
    void diceOfOneHalfIsTheExactBoundary(int sourceCount, int targetCount, boolean kept) {
        // Source token 1 and target token 2 share min(counts) beads; the rest hold either one alone.
        List<long[]> source = new ArrayList<>();
        List<long[]> target = new ArrayList<>();
        for (int b = 0; b < Math.max(sourceCount, targetCount); b++) {
            source.add(b < sourceCount ? new long[] {1} : new long[0]);
            target.add(b < targetCount ? new long[] {2} : new long[0]);
        }
        LearnedLexicon lexicon = LearnedLexicon.learn(List.of(new LearnedLexicon.Observation(source, target)));
        assertThat(lexicon.size()).isEqualTo(kept ? 1 : 0);
        assertThat(items(lexicon, new long[] {2}, false))
                .isEqualTo(kept ? List.of(List.of(LearnedLexicon.pairKey(1, 2))) : List.of());
    }

    @ParameterizedTest
    @CsvSource({"0", "2"})
    void tooFewBeadsLearnNothing(int beads) {
        List<long[]> tokens = new ArrayList<>();
        for (int b = 0; b < beads; b++) {
            tokens.add(new long[] {1, 2});
        }
        LearnedLexicon lexicon = LearnedLexicon.learn(List.of(new LearnedLexicon.Observation(tokens, tokens)));
        assertThat(lexicon.size()).isZero();
        assertThat(items(lexicon, new long[] {1, 2}, true)).isEmpty();
    }

    /**
     * Beads whose tokens come from a small vocabulary: target token {@code 1000 + v} usually accompanies
     * source token {@code v}, with noise, so that some pairs pass and others fail the thresholds.
     */
    private static LearnedLexicon.Observation randomObservation(Random random, int beads) {
        List<long[]> source = new ArrayList<>();
        List<long[]> target = new ArrayList<>();
        for (int b = 0; b < beads; b++) {
            int n = 1 + random.nextInt(6);
            long[] s = new long[n];
            long[] t = new long[n + random.nextInt(3)];
            for (int k = 0; k < n; k++) {
                int v = (int) Math.min(120, Math.abs(random.nextGaussian() * 40));
                s[k] = v == 7 ? Long.MIN_VALUE : v * 0x9E3779B97F4A7C15L;
                t[k] = random.nextInt(4) == 0 ? random.nextInt(200) : 1000 + v;
            }
            for (int k = n; k < t.length; k++) {
                t[k] = random.nextInt(1200);
            }
            source.add(SortedKeys.distinct(s, s.length));
            target.add(SortedKeys.distinct(t, t.length));
        }
        return new LearnedLexicon.Observation(source, target);
    }

    private static List<List<Long>> items(LearnedLexicon lexicon, long[] tokens, boolean source) {
        List<List<Long>> out = new ArrayList<>();
        ItemSink sink = new ItemSink() {
            @Override
            public void item(EvidenceKind kind, long[] alternatives) {
                assertThat(kind).isEqualTo(EvidenceKind.LEARNED);
                List<Long> keys = new ArrayList<>();
                for (long a : alternatives) {
                    keys.add(a);
                }
                out.add(keys);
            }

            @Override
            public void key(long key) {
                throw new AssertionError("no look-up keys expected");
            }
        };
        if (source) {
            lexicon.sourceItems(tokens, sink);
        } else {
            lexicon.targetItems(tokens, sink);
        }
        return out;
    }

    /**
     * The definition: counts over all beads; tokens seen 3+ times and in at most 5% of the beads (when
     * there are 100+) take part; pairs seen 3+ times with Dice >= 0.5 are kept, listed per token in the
     * order a sweep over beads, source tokens and target tokens first meets them.
     */
    private static final class Reference {
        final Map<Long, List<Long>> source = new HashMap<>();
        final Map<Long, List<Long>> target = new HashMap<>();
        int size;

        Reference(List<LearnedLexicon.Observation> observations) {
            Map<Long, Integer> sourceCount = new HashMap<>();
            Map<Long, Integer> targetCount = new HashMap<>();
            int beads = 0;
            for (LearnedLexicon.Observation o : observations) {
                beads += o.sourceTokens().size();
                o.sourceTokens().forEach(a -> count(a, sourceCount));
                o.targetTokens().forEach(a -> count(a, targetCount));
            }
            int max = beads < 100 ? Integer.MAX_VALUE : (int) Math.ceil(0.05 * beads);
            Map<List<Long>, Integer> pairs = new LinkedHashMap<>();
            for (LearnedLexicon.Observation o : observations) {
                for (int b = 0; b < o.sourceTokens().size(); b++) {
                    for (long s : o.sourceTokens().get(b)) {
                        for (long t : o.targetTokens().get(b)) {
                            if (takesPart(sourceCount.get(s), max) && takesPart(targetCount.get(t), max)) {
                                pairs.merge(List.of(s, t), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
            pairs.forEach((pair, c) -> {
                long s = pair.get(0);
                long t = pair.get(1);
                if (c >= 3 && 2.0 * c / (sourceCount.get(s) + targetCount.get(t)) >= 0.5) {
                    long key = LearnedLexicon.pairKey(s, t);
                    source.computeIfAbsent(s, k -> new ArrayList<>()).add(key);
                    target.computeIfAbsent(t, k -> new ArrayList<>()).add(key);
                    size++;
                }
            });
        }

        private static void count(long[] tokens, Map<Long, Integer> counts) {
            for (long t : tokens) {
                counts.merge(t, 1, Integer::sum);
            }
        }

        private static boolean takesPart(int count, int max) {
            return count >= 3 && count <= max;
        }

        List<List<Long>> items(Map<Long, List<Long>> table, long[] tokens) {
            List<List<Long>> out = new ArrayList<>();
            for (long t : tokens) {
                if (table.containsKey(t)) {
                    out.add(table.get(t));
                }
            }
            return out;
        }
    }
}
