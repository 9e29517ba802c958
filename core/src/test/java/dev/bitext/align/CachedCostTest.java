package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;

class CachedCostTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(2718);
    private static final BeadType[] TYPES = BeadType.upTo(4).toArray(new BeadType[0]);

    /** A random but fixed cost per (type, i, j). */
    private static BeadCost randomCost(long seed) {
        return (type, i, j) -> (Tokens.mix(seed ^ type.sourceCount() * 1_000_003L ^ type.targetCount() * 7L
                ^ i * 7919L ^ j * 104_729L) >>> 11) * 0x1.0p-53;
    }

    @RepeatedTest(5)
    void storedRowsEqualTheCostsAndBothSweepsAgree() {
        int n = 300 + RANDOM.nextInt(700); // several row chunks
        int m = n / 2 + RANDOM.nextInt(n);
        BeadCost cost = randomCost(RANDOM.nextLong());
        Band band = Band.aroundDiagonal(n, m, 1 + RANDOM.nextInt(6));
        CachedCost cached = CachedCost.of(cost, band, TYPES);
        for (int i = 0; i <= n; i++) {
            int lo = band.lo(i);
            int hi = band.hi(i);
            double[][] want = new double[TYPES.length][hi - lo + 1];
            double[][] got = new double[TYPES.length][hi - lo + 1];
            cost.row(TYPES, i, lo, hi, want);
            cached.row(TYPES, i, lo, hi, got);
            for (int t = 0; t < TYPES.length; t++) {
                for (int j = Math.max(lo, TYPES[t].targetCount()); i >= TYPES[t].sourceCount() && j <= hi; j++) {
                    assertThat(got[t][j - lo]).as("row %d column %d shape %s", i, j, TYPES[t]).isEqualTo(want[t][j - lo]);
                }
            }
        }
        List<BeadType> types = List.of(TYPES);
        assertThat(Lattice.backward(band, types, cached, 1.0)).containsExactly(Lattice.backward(band, types, cost, 1.0));
    }
}
