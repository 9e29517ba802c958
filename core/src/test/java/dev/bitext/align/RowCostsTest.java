package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowCostsTest {
    private static final BeadType[] TYPES = BeadType.upTo(3).toArray(new BeadType[0]);
    /** A cost that tells where it was asked: distinct for every bead. */
    private static final BeadCost COST = (type, i, j) -> i * 1000.0 + j + type.sourceCount() * 0.1
            + type.targetCount() * 0.01;

    @Test
    void longSweepGetsEveryRowsCostsInOrderAsBeadCostGivesThem() {
        int rows = 5000; // long enough to be computed ahead where there is a second core
        try (RowCosts costs = new RowCosts(COST, TYPES, 0, rows, r -> r / 2, r -> r / 2 + 7)) {
            for (int i = 0; i <= rows; i++) {
                double[][] row = costs.next();
                for (int t = 0; t < TYPES.length; t++) {
                    int a = TYPES[t].sourceCount();
                    int b = TYPES[t].targetCount();
                    for (int j = Math.max(i / 2, b); j <= i / 2 + 7; j++) {
                        if (i >= a) {
                            assertThat(row[t][j - i / 2]).isEqualTo(COST.cost(TYPES[t], i - a, j - b));
                        }
                    }
                }
            }
        }
    }

    @Test
    void failureOfTheCostReachesTheSweep() {
        BeadCost failing = (type, i, j) -> {
            if (i > 3000) {
                throw new IllegalStateException("boom at " + i);
            }
            return 0;
        };
        assertThatThrownBy(() -> {
            try (RowCosts costs = new RowCosts(failing, TYPES, 0, 4000, r -> 0, r -> 5)) {
                for (int i = 0; i <= 4000; i++) {
                    costs.next();
                }
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("boom");
    }

    @Test
    void shortSweepComputesInline() {
        try (RowCosts costs = new RowCosts(COST, TYPES, 10, 12, r -> 0, r -> 3)) {
            costs.next();
            double[][] row = costs.next(); // row 11
            assertThat(row[List.of(TYPES).indexOf(new BeadType(1, 1))][2]).isEqualTo(COST.cost(new BeadType(1, 1), 10, 1));
        }
    }
}
