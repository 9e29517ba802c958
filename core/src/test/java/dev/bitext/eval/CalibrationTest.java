package dev.bitext.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bitext.Bead;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static final List<Bead> GOLD = List.of(Bead.of(0, 1, 0, 1, 1), Bead.of(1, 1, 1, 2, 1),
            Bead.of(2, 1, 3, 0, 1), Bead.of(3, 1, 3, 1, 1));

    private static Bead bead(int s, int sn, int t, int tn, double confidence) {
        return Bead.of(s, sn, t, tn, confidence);
    }

    @Test
    void binsAndEceByHand() {
        List<Bead> test = List.of(
                bead(0, 1, 0, 1, 0.95),  // hit, bin 9
                bead(1, 1, 1, 1, 0.85),  // miss (gold is 1-2), bin 8
                bead(2, 1, 3, 0, 0.91),  // 1-0 exactly in gold: hit, bin 9
                bead(3, 1, 3, 1, 0.25),  // hit, bin 2
                bead(4, 0, 2, 1, 0.99)); // 0-1 not in gold: miss, bin 9
        Calibration c = Calibration.of(GOLD, test);
        List<Calibration.Bin> bins = c.bins();
        assertThat(bins).hasSize(10);
        assertThat(bins.get(9).beads()).isEqualTo(3);
        assertThat(bins.get(9).meanConfidence()).isCloseTo(2.85 / 3, within(1e-12));
        assertThat(bins.get(9).accuracy()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(bins.get(8).beads()).isEqualTo(1);
        assertThat(bins.get(8).accuracy()).isZero();
        assertThat(bins.get(2).accuracy()).isEqualTo(1.0);
        assertThat(bins.get(0).beads()).isZero();
        assertThat(bins.get(0).accuracy()).isNaN();
        // (3/5)|2/3 - 0.95| + (1/5)|0 - 0.85| + (1/5)|1 - 0.25| = 0.17 + 0.17 + 0.15
        assertThat(c.ece()).isCloseTo(0.49, within(1e-12));
        assertThat(c.beads()).isEqualTo(5);
        assertThat(c.highBeads()).isEqualTo(3);
        assertThat(c.highPrecision()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void perfectlyCalibratedHasZeroError() {
        Calibration c = Calibration.of(GOLD, List.of(bead(0, 1, 0, 1, 1.0), bead(3, 1, 3, 1, 1.0)));
        assertThat(c.ece()).isZero();
        assertThat(c.highPrecision()).isEqualTo(1.0);
    }

    @Test
    void binEdges() {
        for (int k = 0; k <= 10; k++) {
            Calibration c = Calibration.of(GOLD, List.of(bead(0, 1, 0, 1, k / 10.0)));
            int expected = Math.min(k, 9);
            assertThat(c.bins().get(expected).beads()).as("confidence %d/10", k).isEqualTo(1);
        }
        assertThat(Calibration.of(GOLD, List.of(bead(0, 1, 0, 1, 0.9))).highBeads()).isEqualTo(1);
        assertThat(Calibration.of(GOLD, List.of(bead(0, 1, 0, 1, 0.8999))).highBeads()).isZero();
        Calibration.Bin last = Calibration.EMPTY.bins().get(9);
        assertThat(last.lower()).isEqualTo(0.9);
        assertThat(last.upper()).isEqualTo(1.0);
    }

    @Test
    void noBeads() {
        Calibration c = Calibration.of(GOLD, List.of());
        assertThat(c.ece()).isZero();
        assertThat(c.beads()).isZero();
        assertThat(c.highBeads()).isZero();
        assertThat(c.highPrecision()).isNaN();
        assertThat(Calibration.EMPTY.ece()).isZero();
    }

    @Test
    void plusSumsCountsForAMicroAverage() {
        Calibration a = Calibration.of(GOLD, List.of(bead(0, 1, 0, 1, 0.95)));
        Calibration b = Calibration.of(GOLD, List.of(bead(1, 1, 1, 1, 0.95), bead(1, 1, 2, 1, 0.92)));
        Calibration sum = a.plus(b);
        assertThat(sum.highBeads()).isEqualTo(3);
        assertThat(sum.highPrecision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(sum.ece()).isCloseTo(Math.abs(1.0 / 3 - 2.82 / 3), within(1e-12));
        assertThat(Calibration.EMPTY.plus(a).ece()).isEqualTo(a.ece());
    }
}
