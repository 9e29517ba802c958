package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BandTest {
    @Test
    void diagonalBandIsLinearInSize() {
        Band band = Band.aroundDiagonal(30_000, 42_000, 20);
        assertThat(band.cells()).isLessThan(30_001L * 80);
        assertThat(band.index(0, 0)).isZero();
        assertThat(band.index(30_000, 42_000)).isEqualTo(band.cells() - 1);
        assertThat(band.index(0, 42_000)).isEqualTo(-1);
    }

    @Test
    void rowsOverlapSoEveryStepIsReachable() {
        Band band = Band.aroundDiagonal(10, 1000, 3);
        for (int i = 1; i <= 10; i++) {
            assertThat(band.lo(i)).isLessThanOrEqualTo(band.hi(i - 1));
            assertThat(band.lo(i)).isGreaterThanOrEqualTo(band.lo(i - 1));
        }
    }

    @Test
    void bandAroundPathContainsThePath() {
        int[] pi = {0, 1, 1, 3, 4, 5};
        int[] pj = {0, 1, 2, 2, 6, 6};
        Band band = Band.aroundPath(5, 6, pi, pj, 1);
        for (int k = 0; k < pi.length; k++) {
            assertThat(band.index(pi[k], pj[k])).isNotNegative();
        }
        assertThat(band.isFull()).isFalse();
    }
}
