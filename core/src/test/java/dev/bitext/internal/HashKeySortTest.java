package dev.bitext.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashKeySortTest {
    private static long[] expected(long[] keys, int count) {
        return LongStream.of(Arrays.copyOf(keys, count)).sorted().distinct().toArray();
    }

    private static void check(long[] keys, int count) {
        long[] want = expected(keys, count);
        long[] work = keys.clone();
        int n = HashKeySort.sortDistinct(work, count);
        assertThat(Arrays.copyOf(work, n)).containsExactly(want);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 31, 32, 33, 100, 500, 5000})
    void sortsHashesWithRepeatsAndSignsLikeArraysSort(int count) {
        Random r = new Random(count);
        long[] keys = new long[count + 3];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i > 0 && r.nextInt(5) == 0 ? keys[r.nextInt(i)] : Mix64.mix(r.nextLong());
        }
        check(keys, count);
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 300})
    void sortsKeysThatAreNotSpreadOut(int count) {
        Random r = new Random(7);
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = r.nextInt(50) - 25;
        }
        check(keys, count);
    }
}
