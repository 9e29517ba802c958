package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    /** Source word w always comes with target word 100 + w, two words a bead (each word in a twentieth of the beads). */
    private static TranslationTable table() {
        List<long[]> s = new ArrayList<>();
        List<long[]> t = new ArrayList<>();
        for (int b = 0; b < 400; b++) {
            int w1 = b % 40;
            int w2 = (b / 40 + w1 + 1) % 40;
            s.add(new long[] {Math.min(w1, w2), Math.max(w1, w2)});
            t.add(new long[] {100 + Math.min(w1, w2), 100 + Math.max(w1, w2)});
        }
        return TranslationTable.train(List.of(new LearnedLexicon.Observation(s, t)));
    }

    private static final List<long[]> SOURCE = List.of(new long[] {1, 2}, new long[] {3}, new long[] {4, 5});
    private static final List<long[]> TARGET = List.of(new long[] {101, 102}, new long[] {103}, new long[] {104, 105});

    @Test
    void aBeadWhoseWordsAreTranslatedThereScoresHigher() {
        Coverage c = new Coverage(table(), SOURCE, TARGET);
        assertThat(c.score(0, 1, 0, 1)).isGreaterThan(c.score(0, 1, 1, 1));
        // sentence 1 belongs with target 1: merging it into bead 0 is worse than its own bead
        double apart = c.score(0, 1, 0, 1) + c.score(1, 1, 1, 1);
        double merged = c.score(0, 2, 0, 1) + c.score(2, 0, 1, 1);
        assertThat(apart).isGreaterThan(merged);
        // the two sentences together with their two translations lose nothing against two beads
        assertThat(c.score(0, 2, 0, 2)).isCloseTo(apart, within(0.5));
    }

    @Test
    void anUnpairedSentencePaysTheFloorForEveryToken() {
        Coverage c = new Coverage(table(), SOURCE, TARGET);
        assertThat(c.score(0, 1, 0, 0)).isCloseTo(2 * Math.log(TranslationTable.MIN_PROBABILITY), within(1e-9));
        assertThat(c.score(0, 0, 2, 1)).isCloseTo(2 * Math.log(TranslationTable.MIN_PROBABILITY), within(1e-9));
        assertThat(c.fresh().score(0, 1, 0, 1)).isEqualTo(c.score(0, 1, 0, 1));
    }
}
