package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StretchesTest {
    private static final BeadType ONE = new BeadType(1, 1);
    private static final BeadType TWO = new BeadType(1, 2);

    /** The diagonal path of n 1-1 beads. */
    private static Path diagonal(int n) {
        int[] p = new int[n + 1];
        Arrays.setAll(p, k -> k);
        BeadType[] t = new BeadType[n];
        Arrays.fill(t, ONE);
        return new Path(p, p.clone(), t);
    }

    @Test
    void changedRowsBecomeStretchesWithMarginsMergedWhenTheyOverlap() {
        int n = 400;
        int[] before = new int[n + 1];
        int[] after = new int[n + 1];
        after[100] = 1;
        after[101] = 1;
        after[150] = 1; // within the margin of the first: merged
        after[350] = 1;
        List<int[]> st = Stretches.changed(before, after, diagonal(n));
        assertThat(st).hasSize(2);
        assertThat(st.get(0)).containsExactly(100 - 64, 150 + 64);
        assertThat(st.get(1)).containsExactly(350 - 64, n);
    }

    @Test
    void unchangedWidthsGiveNoStretch() {
        assertThat(Stretches.changed(new int[11], new int[11], diagonal(10))).isEmpty();
    }

    @Test
    void activeRowsAreCountedOverEveryStretch() {
        int[] prefix = Stretches.activePrefix(List.of(new int[] {2, 4}, new int[] {7, 8}), diagonal(10), 10);
        assertThat(prefix[11]).isEqualTo(5); // rows 2,3,4,7,8
        assertThat(prefix[5] - prefix[2]).isEqualTo(3);
        assertThat(prefix[7] - prefix[5]).isZero();
    }

    @Test
    void spliceReplacesEachStretchByItsPart() {
        Path path = diagonal(6);
        // replace points 1..4 (three 1-1 beads from (1,1) to (4,4)) by 1-2, 1-1, 1-1... ending at (4,4)
        Path part = new Path(new int[] {1, 2, 3, 4}, new int[] {1, 3, 3, 4},
                new BeadType[] {TWO, new BeadType(1, 0), ONE});
        Path out = Stretches.splice(path, List.<int[]>of(new int[] {1, 4}), List.of(part));
        assertThat(out.pointI()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(out.pointJ()).containsExactly(0, 1, 3, 3, 4, 5, 6);
        assertThat(out.types()).containsExactly(ONE, TWO, new BeadType(1, 0), ONE, ONE, ONE);
    }
}
