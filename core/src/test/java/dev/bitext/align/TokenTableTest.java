package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTableTest {
    @Test
    void groupsKeysPerTokenInTheOrderAdded() {
        TokenTable.Builder b = new TokenTable.Builder(1);
        for (int k = 0; k < 5; k++) {
            b.add(10, 100 + k).add(Long.MIN_VALUE, -k);
        }
        b.add(20, 7);
        TokenTable table = b.build();
        assertThat(table.get(10)).containsExactly(100, 101, 102, 103, 104);
        assertThat(table.get(Long.MIN_VALUE)).containsExactly(0, -1, -2, -3, -4);
        assertThat(table.get(20)).containsExactly(7);
        assertThat(table.get(30)).isNull();
        assertThat(TokenTable.EMPTY.get(10)).isNull();
    }

    @Test
    void itemsFollowTheTokenOrderAndSkipUnknownTokens() {
        TokenTable table = new TokenTable.Builder(2).add(1, 11).add(2, 21).add(2, 22).build();
        List<long[]> seen = new ArrayList<>();
        table.items(new long[] {2, 3, 1}, new ItemSink() {
            @Override
            public void item(EvidenceKind kind, long[] alternatives) {
                assertThat(kind).isEqualTo(EvidenceKind.LEARNED);
                seen.add(alternatives.clone());
            }

            @Override
            public void key(long key) {
                throw new AssertionError();
            }
        });
        assertThat(seen).containsExactly(new long[] {21, 22}, new long[] {11});
    }
}
