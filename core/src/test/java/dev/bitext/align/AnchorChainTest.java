package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorChainTest {
    @Test
    void pairFarOffTheLineBetweenItsNeighboursIsDropped() {
        // slope 1.4 throughout, except one pair 400 target sentences early
        long[][] chain = {{100, 140}, {500, 700}, {1000, 1000}, {1500, 2100}, {2000, 2800}};
        long[][] kept = AnchorChain.straight(chain, 3000, 4200);
        assertThat(kept).isDeepEqualTo(new long[][] {{100, 140}, {500, 700}, {1500, 2100}, {2000, 2800}});
    }

    @Test
    void pairsAlongAVaryingButSmoothSlopeAreKept() {
        long[][] chain = {{10, 12}, {50, 70}, {90, 140}, {130, 190}, {170, 230}};
        assertThat(AnchorChain.straight(chain, 200, 260)).isDeepEqualTo(chain);
    }

    @Test
    void shortHopsAreKeptWhateverTheirAngle() {
        // within the fixed slack of the line: a 1-3 bead next to a 3-1 bead
        long[][] chain = {{10, 10}, {11, 14}, {14, 15}, {15, 16}};
        assertThat(AnchorChain.straight(chain, 20, 20)).isDeepEqualTo(chain);
    }
}
