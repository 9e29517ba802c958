package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void getOrPutStoresOnlyAbsentKeysAcrossGrowth() {
        LongIntMap map = new LongIntMap(2);
        for (int i = 0; i < 1000; i++) {
            assertThat(map.getOrPut(i * 0x9E3779B97F4A7C15L, i)).isEqualTo(i);
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(map.getOrPut(i * 0x9E3779B97F4A7C15L, -5)).isEqualTo(i);
            assertThat(map.get(i * 0x9E3779B97F4A7C15L, -1)).isEqualTo(i);
        }
        assertThat(map.size()).isEqualTo(1000);
        assertThat(map.get(12345, -1)).isEqualTo(-1);
    }

    @Test
    void getOrPutHandlesTheReservedKey() {
        LongIntMap map = new LongIntMap(4);
        assertThat(map.getOrPut(Long.MIN_VALUE, 7)).isEqualTo(7);
        assertThat(map.getOrPut(Long.MIN_VALUE, 9)).isEqualTo(7);
        assertThat(map.get(Long.MIN_VALUE, -1)).isEqualTo(7);
        assertThat(map.size()).isEqualTo(1);
        assertThat(map.add(Long.MIN_VALUE, 1)).isEqualTo(8);
    }
}
