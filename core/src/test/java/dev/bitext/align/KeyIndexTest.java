package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;

class KeyIndexTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(7);

    private static List<SentenceItems> side(int n, int vocabulary) {
        List<SentenceItems> out = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            SentenceItems.Builder b = new SentenceItems.Builder();
            for (int k = RANDOM.nextInt(6); k > 0; k--) {
                b.item(EvidenceKind.NUMBER, (long) RANDOM.nextInt(vocabulary));
            }
            out.add(b.build());
        }
        return out;
    }

    @RepeatedTest(5)
    void cursorMarkingMatchesTheSentencesHoldingEachKey() {
        List<SentenceItems> source = side(40, 30);
        List<SentenceItems> target = side(60, 30);
        KeyIndex[] index = KeyIndex.pair(source, target);
        int[] cursors = index[1].cursors();
        int lo = 0;
        for (int s = 0; s < source.size(); s++) {
            lo = Math.min(59, lo + RANDOM.nextInt(3)); // never decreasing
            int hi = Math.min(59, lo + RANDOM.nextInt(10));
            long[] keys = source.get(s).keys();
            for (long key : keys) {
                int id = index[0].idIn(s, keys, key);
                long[] masks = new long[hi - lo + 1];
                if (id >= 0) {
                    index[1].markId(id, lo, hi, masks, 1L, cursors);
                }
                for (int t = lo; t <= hi; t++) {
                    boolean holds = java.util.Arrays.binarySearch(target.get(t).keys(), key) >= 0;
                    assertThat(masks[t - lo] == 1L).as("key %d in %d", key, t).isEqualTo(holds);
                }
            }
        }
    }
}
