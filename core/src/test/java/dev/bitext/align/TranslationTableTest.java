package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TranslationTableTest {
    /**
     * Beads in which source word w (0..39) is always translated by target word 100 + w, each bead holding two
     * such words and a noise word on each side (each word in a twentieth of the beads).
     */
    private static List<LearnedLexicon.Observation> beads(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> s = new ArrayList<>();
        List<long[]> t = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            int w1 = random.nextInt(40);
            int w2 = (w1 + 1 + random.nextInt(39)) % 40;
            s.add(sorted(w1, w2, 1000 + random.nextInt(200)));
            t.add(sorted(100 + w1, 100 + w2, 2000 + random.nextInt(200)));
        }
        return List.of(new LearnedLexicon.Observation(s, t));
    }

    private static long[] sorted(long... keys) {
        long[] k = keys.clone();
        Arrays.sort(k);
        return k;
    }

    @Test
    void learnsTheTranslationsAndNotTheNoise() {
        TranslationTable table = TranslationTable.train(beads(1600, 1));
        for (int w = 0; w < 40; w++) {
            int s = table.sourceId(w);
            int right = table.targetId(100 + w);
            int wrong = table.targetId(100 + (w + 1) % 40);
            assertThat(s).isNotNegative();
            assertThat(table.bestForSource(s, new int[] {right})).isGreaterThan(0.5f);
            assertThat(table.bestForSource(s, new int[] {wrong})).isLessThan(0.1f);
            int t = table.targetId(100 + w);
            assertThat(table.bestForTarget(t, new int[] {s})).isGreaterThan(0.5f);
        }
    }

    @Test
    void bestOverSeveralTokensIsTheLargest() {
        TranslationTable table = TranslationTable.train(beads(1600, 2));
        int s = table.sourceId(3);
        int[] others = {table.targetId(2000), table.targetId(103), table.targetId(105)};
        Arrays.sort(others);
        assertThat(table.bestForSource(s, others)).isEqualTo(table.bestForSource(s, new int[] {table.targetId(103)}));
    }

    @Test
    void tokensOfTooManyBeadsOrTooFewTakeNoPart() {
        List<long[]> s = new ArrayList<>();
        List<long[]> t = new ArrayList<>();
        for (int b = 0; b < 200; b++) {
            s.add(sorted(7, 10_000 + b, 500 + b % 50)); // 7 in every bead, 10_000 + b once
            t.add(sorted(8, 20_000 + b, 600 + b % 50));
        }
        TranslationTable table = TranslationTable.train(List.of(new LearnedLexicon.Observation(s, t)));
        assertThat(table.sourceId(7)).isNegative();
        assertThat(table.sourceId(10_005)).isNegative();
        assertThat(table.sourceId(510)).isNotNegative();
        assertThat(table.bestForSource(table.sourceId(510), new int[] {table.targetId(610)})).isGreaterThan(0.5f);
    }

    @Test
    void aLargeInputIsSampledByTheBeadsAlone() {
        long[] s = new long[40];
        long[] t = new long[50];
        long total = 10 * TranslationTable.MAX_PAIRS;
        int chosen = 0;
        SplittableRandom random = new SplittableRandom(3);
        for (int b = 0; b < 20_000; b++) {
            for (int k = 0; k < s.length; k++) {
                s[k] = random.nextLong();
            }
            if (TranslationTable.trainsOn(s, t, total)) {
                chosen++;
            }
            assertThat(TranslationTable.trainsOn(s, t, total)).isEqualTo(TranslationTable.trainsOn(s.clone(), t, total));
        }
        assertThat(chosen).isBetween(1_700, 2_300); // about one in ten
        assertThat(TranslationTable.trainsOn(s, t, TranslationTable.MAX_PAIRS)).isTrue();
        assertThat(TranslationTable.tokenPairs(s, t)).isEqualTo(2000);
    }

    @Test
    void noBeadsGiveAnEmptyTable() {
        assertThat(TranslationTable.train(List.of()).size()).isZero();
        assertThat(TranslationTable.train(List.of(new LearnedLexicon.Observation(List.of(), List.of()))).size())
                .isZero();
    }
}
