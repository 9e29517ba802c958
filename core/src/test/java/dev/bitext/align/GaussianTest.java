package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianTest {
    @Test
    void knownTailProbabilities() {
        // P(|Z| >= 1.96) = 0.05, P(|Z| >= 0) = 1
        assertThat(Gaussian.twoSidedTailCost(1.96)).isCloseTo(-Math.log(0.05), within(0.01));
        assertThat(Gaussian.twoSidedTailCost(0.0)).isCloseTo(0.0, within(1e-6));
        assertThat(Gaussian.twoSidedTailCost(-1.96)).isEqualTo(Gaussian.twoSidedTailCost(1.96));
    }

    @Test
    void tableFollowsTheFormulaAndKeepsGrowing() {
        for (double z = 0; z < 60; z += 0.037) {
            assertThat(Gaussian.twoSidedTailCost(z)).isCloseTo(Gaussian.exactTailCost(z), within(1e-3));
        }
        assertThat(Gaussian.twoSidedTailCost(100)).isGreaterThan(Gaussian.twoSidedTailCost(50));
    }

    @Test
    void interpolatesExactlyAsBetweenTheTabulatedPoints() {
        // the stored slopes give bit for bit the interpolation between the two tabulated values
        for (double z = -45; z < 45; z += 0.00731) {
            double a = Math.abs(z) * 64;
            int k = (int) a;
            double lower = Gaussian.exactTailCost((double) k / 64);
            double upper = Gaussian.exactTailCost((double) (k + 1) / 64);
            double expected = a < 40 * 64 ? lower + (a - k) * (upper - lower) : Gaussian.exactTailCost(z);
            assertThat(Gaussian.twoSidedTailCost(z)).isEqualTo(expected);
        }
    }
}
