package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemTermsTest {
    private static final int MAX_SIDE = 4;

    @Test
    void termsAreBitForBitTheFormulaForEveryWindow() {
        ItemTerms terms = new ItemTerms(MAX_SIDE);
        float[][] triples = {{0.6f, 0.01f, 1f}, {0.6f, 0.01f, 1f}, {0.6f, 0.01f, 0.5f}, {0.2f, 0.3f, 1f},
            {0.6f, 0.01f, 1f}, {0.31f, 0.3f, 2f}};
        for (float[] t : triples) {
            int e = terms.entry(t[0], t[1], t[2]);
            for (int w = 1; w <= MAX_SIDE; w++) {
                double qw = w == 1 ? t[1] : 1 - Math.pow(1 - t[1], w);
                double pk = Math.max(t[0], qw);
                double miss = t[2] * Math.log((1 - pk) / (1 - qw));
                assertThat(terms.miss(e, w)).isEqualTo(miss);
                assertThat(terms.gain(e, w)).isEqualTo((float) (t[2] * Math.log(pk / qw) - miss));
            }
        }
    }

    @Test
    void aTripleSeenBeforeKeepsItsEntry() {
        ItemTerms terms = new ItemTerms(MAX_SIDE);
        int first = terms.entry(0.6f, 0.01f, 1f);
        assertThat(terms.entry(0.2f, 0.3f, 1f)).isNotEqualTo(first);
        assertThat(terms.entry(0.6f, 0.01f, 1f)).isEqualTo(first);
        // same p and q, another weight: computed in the scratch entry, the kept one unchanged
        assertThat(terms.entry(0.6f, 0.01f, 0.5f)).isZero();
        assertThat(terms.entry(0.6f, 0.01f, 1f)).isEqualTo(first);
    }

    @Test
    void growsPastItsFirstCapacity() {
        ItemTerms terms = new ItemTerms(MAX_SIDE);
        for (int k = 1; k <= 500; k++) {
            float q = k / 1000f;
            int e = terms.entry(0.9f, q, 1f);
            assertThat(e).isEqualTo(k);
            double p = 0.9f;
            assertThat(terms.gain(e, 1)).isEqualTo((float) (Math.log(p / q) - Math.log((1 - p) / (1 - (double) q))));
        }
    }
}
