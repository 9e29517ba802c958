package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeadTokensTest {
    private static final List<LearnedLexicon.Observation> OBSERVATIONS = List.of(
            new LearnedLexicon.Observation(List.of(new long[] {50, 40, 30}, new long[] {40}), List.of(new long[] {9}, new long[] {8})),
            new LearnedLexicon.Observation(List.of(new long[] {30, 40, 60}), List.of(new long[] {9})));

    @Test
    void internsInFirstOccurrenceOrderAndCounts() {
        BeadTokens t = BeadTokens.of(OBSERVATIONS, true);
        assertThat(t.beads()).isEqualTo(3);
        assertThat(t.distinct()).isEqualTo(4);
        assertThat(t.key(0)).isEqualTo(50);
        assertThat(t.key(3)).isEqualTo(60);
        assertThat(t.count(1)).isEqualTo(3); // 40
        assertThat(t.length()).isEqualTo(7);
        assertThat(t.start(1)).isEqualTo(3);
        assertThat(t.beadOf(4)).isEqualTo(2);
        assertThat(t.beadOf(3)).isEqualTo(1);
        assertThat(BeadTokens.of(OBSERVATIONS, false).distinct()).isEqualTo(2);
    }

    @Test
    void keepCountsDropsTokensButKeepsBeadsAndCounts() {
        BeadTokens t = BeadTokens.of(OBSERVATIONS, true);
        t.keepCounts(2, 2); // only 30 (id 2) occurs exactly twice
        assertThat(t.length()).isEqualTo(2);
        assertThat(t.start(1) - t.start(0)).isEqualTo(1);
        assertThat(t.start(2) - t.start(1)).isZero();
        assertThat(t.id(t.start(2))).isEqualTo(2);
        assertThat(t.beadOf(1)).isEqualTo(2);
        assertThat(t.count(0)).isEqualTo(1);
    }

    @Test
    void orderBeadsByCountIsStableAndRemembersOrigins() {
        BeadTokens t = BeadTokens.of(OBSERVATIONS, true);
        t.orderBeadsByCount();
        // bead 0: 50 (1), 40 (3), 30 (2) -> 50, 30, 40
        assertThat(new long[] {t.key(t.id(0)), t.key(t.id(1)), t.key(t.id(2))}).containsExactly(50, 30, 40);
        assertThat(new int[] {t.origin(0), t.origin(1), t.origin(2)}).containsExactly(0, 2, 1);
        assertThat(t.countAt(2)).isEqualTo(3);
        // bead 2: 30 (2), 40 (3), 60 (1) -> 60, 30, 40
        assertThat(t.key(t.id(4))).isEqualTo(60);
        assertThat(t.origin(4)).isEqualTo(6);
    }

    @Test
    void postingsListPositionsPerTokenAscending() {
        BeadTokens t = BeadTokens.of(OBSERVATIONS, true);
        Postings p = Postings.of(t);
        int forty = 1;
        assertThat(p.start(forty + 1) - p.start(forty)).isEqualTo(3);
        assertThat(new int[] {p.at(p.start(forty)), p.at(p.start(forty) + 1), p.at(p.start(forty) + 2)})
                .containsExactly(1, 3, 5);
        assertThat(p.start(t.distinct())).isEqualTo(t.length());
    }
}
