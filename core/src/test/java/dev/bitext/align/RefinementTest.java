package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RefinementTest {
    private static final List<BeadType> TYPES = BeadType.upTo(3);
    private static long seed = 99;

    private static BeadCost randomCost(long salt) {
        return (type, i, j) -> 0.5 + (Tokens.mix(salt ^ (type.sourceCount() * 31L + type.targetCount()) * 1_000_003L
                ^ i * 7919L ^ j * 104_729L) >>> 11) * 0x1.0p-53 * 4.0;
    }

    private static double cost(Path p, BeadCost c) {
        double sum = 0;
        for (int b = 0; b < p.beads(); b++) {
            sum += c.cost(p.types()[b], p.pointI()[b], p.pointJ()[b]);
        }
        return sum;
    }

    @RepeatedTest(5)
    void anUnsurePathIsSearchedAgainUnderTheNewCostAndNeverGetsWorse() {
        int n = 30;
        int m = 36;
        BeadCost first = randomCost(seed++);
        BeadCost cost = randomCost(seed++);
        Band band = Band.aroundDiagonal(n, m, 6);
        Path path = Lattice.viterbi(band, TYPES, first, null, 1.0);
        double[] alpha = new double[Math.toIntExact(band.cells())];
        Lattice.viterbi(band, TYPES, cost, alpha, 1.0);
        double[] beta = Lattice.backward(band, TYPES, cost, 1.0);
        // no tokens: the coverage adds nothing, so the refined path is the best path under cost
        List<long[]> none = Collections.nCopies(Math.max(n, m), new long[0]);
        CoverageCost refineWith = new CoverageCost(cost, new Coverage(TranslationTable.EMPTY, none, none), 0.1);
        double[] unsure = new double[path.beads()];
        Arrays.fill(unsure, 0.5);
        Refinement.Refined r = Refinement.refine(path, unsure, band, TYPES, refineWith, alpha, beta, 1.0,
                Interruption.ofCurrentThread());
        Path best = Lattice.viterbi(band, TYPES, cost, null, 1.0);
        assertThat(cost(r.path(), cost)).isLessThanOrEqualTo(cost(path, cost) + 1e-9);
        assertThat(r.path().pointI()).containsExactly(best.pointI());
        assertThat(r.path().pointJ()).containsExactly(best.pointJ());
        assertThat(r.confidence()).hasSize(r.path().beads());
        assertThat(Arrays.stream(r.confidence()).allMatch(c -> c >= 0 && c <= 1)).isTrue();
        // a sure path stands as it is
        double[] sure = new double[path.beads()];
        Arrays.fill(sure, 0.95);
        assertThat(Refinement.refine(path, sure, band, TYPES, refineWith, alpha, beta, 1.0,
                Interruption.ofCurrentThread()).path()).isSameAs(path);
    }
    @Test
    void unsureBeadsAndOneMoreOnEitherSideFormStretches() {
        double[] c = {0.99, 0.95, 0.5, 0.6, 0.97, 0.99, 0.99, 0.3, 0.99};
        List<int[]> st = Refinement.unsure(c);
        assertThat(st).hasSize(2);
        assertThat(st.get(0)).containsExactly(1, 5);
        assertThat(st.get(1)).containsExactly(6, 9);
    }

    @Test
    void stretchesThatTouchAreMergedAndClippedToThePath() {
        assertThat(Refinement.unsure(new double[] {0.1, 0.99, 0.99, 0.2})).singleElement()
                .satisfies(s -> assertThat(s).containsExactly(0, 4));
        assertThat(Refinement.unsure(new double[] {0.1, 0.99, 0.2})).singleElement()
                .satisfies(s -> assertThat(s).containsExactly(0, 3));
        assertThat(Refinement.unsure(new double[] {0.95, 0.99})).isEmpty();
    }

    @Test
    void aWindowHoldsOnlyCellsOfItsBandAndBothEnds() {
        Band band = Band.aroundDiagonal(40, 50, 3);
        Band w = band.window(10, 12, 20, 25);
        assertThat(w.n).isEqualTo(10);
        assertThat(w.m).isEqualTo(13);
        assertThat(w.index(0, 0)).isZero();
        assertThat(w.index(10, 13)).isEqualTo(w.cells() - 1);
        for (int r = 0; r <= w.n; r++) {
            for (int c = w.lo(r); c <= w.hi(r); c++) {
                assertThat(band.index(10 + r, 12 + c)).isNotNegative();
            }
        }
    }
}
