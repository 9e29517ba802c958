package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeadTest {
    @Test
    void sidesWithGapsAreBeadsButNotConsecutive() {
        Bead crossing = new Bead(List.of(49, 51, 53), List.of(51), 1.0);
        assertThat(crossing.type()).isEqualTo("3-1");
        assertThat(crossing.isConsecutive()).isFalse();
        assertThat(new Bead(List.of(1), List.of(2, 4), 1.0).isConsecutive()).isFalse();
        assertThat(Bead.of(3, 2, 0, 0, 0.5).isConsecutive()).isTrue();
        assertThat(Bead.of(0, 0, 7, 3, 0.5).isConsecutive()).isTrue();
    }

    @Test
    void sidesMustBeStrictlyAscendingAndNonNegative() {
        assertThatThrownBy(() -> new Bead(List.of(2, 1), List.of(0), 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly ascending");
        assertThatThrownBy(() -> new Bead(List.of(1), List.of(3, 3), 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> new Bead(List.of(-1), List.of(0), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bead(List.of(), List.of(), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
