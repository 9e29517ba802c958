package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;

class LatticeTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(4711);
    private static final List<BeadType> TYPES = BeadType.upTo(3);

    /** A random but fixed cost per (type, i, j). */
    private static BeadCost randomCost(long seed) {
        return (type, i, j) -> {
            long h = Tokens.mix(seed ^ (type.sourceCount() * 31L + type.targetCount()) * 1_000_003L ^ i * 7919L ^ j * 104_729L);
            return 0.5 + (h >>> 11) * 0x1.0p-53 * 4.0;
        };
    }

    /** Every monotone bead path from (0,0) to (n,m), as lists of [i, j, type index]. */
    private static void paths(int i, int j, int n, int m, List<int[]> prefix, List<List<int[]>> out) {
        if (i == n && j == m) {
            out.add(new ArrayList<>(prefix));
            return;
        }
        for (int t = 0; t < TYPES.size(); t++) {
            int ni = i + TYPES.get(t).sourceCount();
            int nj = j + TYPES.get(t).targetCount();
            if (ni <= n && nj <= m) {
                prefix.add(new int[] {i, j, t});
                paths(ni, nj, n, m, prefix, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    private static double pathCost(List<int[]> path, BeadCost cost) {
        double c = 0;
        for (int[] b : path) {
            c += cost.cost(TYPES.get(b[2]), b[0], b[1]);
        }
        return c;
    }

    @RepeatedTest(10)
    void viterbiAndPosteriorsMatchBruteForceOnSmallLattices() {
        int n = 1 + RANDOM.nextInt(5);
        int m = 1 + RANDOM.nextInt(5);
        BeadCost cost = randomCost(RANDOM.nextLong());
        Band band = Band.aroundDiagonal(n, m, 10); // the whole lattice
        double[] alpha = new double[Math.toIntExact(band.cells())];
        Path best = Lattice.viterbi(band, TYPES, cost, alpha, 1.0);
        double[] posterior = Lattice.posteriors(band, TYPES, cost, best, alpha, 1.0);

        List<List<int[]>> all = new ArrayList<>();
        paths(0, 0, n, m, new ArrayList<>(), all);
        double min = Double.POSITIVE_INFINITY;
        double z = 0;
        for (List<int[]> p : all) {
            double c = pathCost(p, cost);
            min = Math.min(min, c);
            z += Math.exp(-c);
        }
        double bestCost = 0;
        for (int b = 0; b < best.beads(); b++) {
            bestCost += cost.cost(best.types()[b], best.pointI()[b], best.pointJ()[b]);
        }
        assertThat(bestCost).isCloseTo(min, within(1e-9));
        for (int b = 0; b < best.beads(); b++) {
            int i = best.pointI()[b];
            int j = best.pointJ()[b];
            int t = TYPES.indexOf(best.types()[b]);
            double mass = 0;
            for (List<int[]> p : all) {
                for (int[] bead : p) {
                    if (bead[0] == i && bead[1] == j && bead[2] == t) {
                        mass += Math.exp(-pathCost(p, cost));
                        break;
                    }
                }
            }
            assertThat(posterior[b]).isCloseTo(mass / z, within(1e-9));
        }
    }

    @RepeatedTest(10)
    void searchBetweenTwoPointsMatchesBruteForce() {
        int n = 3 + RANDOM.nextInt(5);
        int m = 3 + RANDOM.nextInt(5);
        int fromI = RANDOM.nextInt(2);
        int fromJ = RANDOM.nextInt(2);
        int toI = n - RANDOM.nextInt(2);
        int toJ = m - RANDOM.nextInt(2);
        BeadCost cost = randomCost(RANDOM.nextLong());
        Band band = Band.aroundDiagonal(n, m, 10);
        Path best = Lattice.viterbi(band, TYPES, cost, null, 1.0, fromI, fromJ, toI, toJ);

        // brute force over the sub-lattice, shifted to start at the origin
        BeadCost shifted = (type, i, j) -> cost.cost(type, i + fromI, j + fromJ);
        List<List<int[]>> all = new ArrayList<>();
        paths(0, 0, toI - fromI, toJ - fromJ, new ArrayList<>(), all);
        double min = Double.POSITIVE_INFINITY;
        for (List<int[]> p : all) {
            min = Math.min(min, pathCost(p, shifted));
        }
        double bestCost = 0;
        for (int b = 0; b < best.beads(); b++) {
            bestCost += cost.cost(best.types()[b], best.pointI()[b], best.pointJ()[b]);
        }
        assertThat(best.pointI()[0]).isEqualTo(fromI);
        assertThat(best.pointJ()[0]).isEqualTo(fromJ);
        assertThat(best.pointI()[best.beads()]).isEqualTo(toI);
        assertThat(best.pointJ()[best.beads()]).isEqualTo(toJ);
        assertThat(bestCost).isCloseTo(min, within(1e-9));
    }
}
