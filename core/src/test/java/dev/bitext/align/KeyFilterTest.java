package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyFilterTest {
    @Test
    void everyKeyOfTheSetPassesAndMostOthersDoNot() {
        SplittableRandom random = new SplittableRandom(99);
        List<SentenceItems> side = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (int s = 0; s < 500; s++) {
            SentenceItems.Builder b = new SentenceItems.Builder();
            for (int k = 0; k < 20; k++) {
                long key = random.nextLong();
                all.add(key);
                b.item(EvidenceKind.NUMBER, key);
            }
            side.add(b.build());
        }
        KeyFilter filter = KeyFilter.of(side);
        for (long key : all) {
            assertThat(filter.mayContain(key)).isTrue();
        }
        int passed = 0;
        for (int k = 0; k < 10_000; k++) {
            passed += filter.mayContain(random.nextLong()) ? 1 : 0;
        }
        assertThat(passed).isLessThan(1_000); // about 1 in 16 expected
    }

    @Test
    void builderDropsLookupOnlyKeysTheFilterRulesOutButKeepsItems() {
        SentenceItems.Builder other = new SentenceItems.Builder();
        other.item(EvidenceKind.NAME, 42L);
        KeyFilter filter = KeyFilter.of(List.of(other.build()));
        long absent = 43L;
        for (long k = 43; filter.mayContain(k); k++) {
            absent = k + 1;
        }
        SentenceItems.Builder b = new SentenceItems.Builder(filter);
        b.key(42L);
        b.key(absent);
        b.item(EvidenceKind.NUMBER, absent);
        SentenceItems items = b.build();
        assertThat(items.keys()).contains(42L, absent); // absent stays as an item's key
        assertThat(items.size()).isEqualTo(1);

        SentenceItems.Builder lookupOnly = new SentenceItems.Builder(filter);
        lookupOnly.key(absent);
        lookupOnly.key(42L);
        assertThat(lookupOnly.build().keys()).containsExactly(42L);
    }
}
