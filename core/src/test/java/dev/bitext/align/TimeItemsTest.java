package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.CueTimes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimeItemsTest {
    private static SentenceItems items(long start, long end) {
        SentenceItems.Builder b = new SentenceItems.Builder();
        TimeItems.add(CueTimes.of(new long[] {start}, new long[] {end}), 0, b, TimeItems.buffer());
        return b.build();
    }

    private static boolean share(SentenceItems a, SentenceItems b) {
        return Arrays.stream(a.keys()).anyMatch(k -> Arrays.binarySearch(b.keys(), k) >= 0);
    }

    @Test
    void aTimedSentenceHasOneTimeItem() {
        SentenceItems s = items(61_000, 64_500);
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.kind(0)).isEqualTo(EvidenceKind.TIME);
        assertThat(s.to(0) - s.from(0)).isBetween(2, TimeItems.MAX_KEYS);
    }

    @Test
    void cuesTimedIndependentlyOfOneUtteranceShareAKey() {
        assertThat(share(items(61_000, 64_500), items(61_340, 64_210))).isTrue();
        assertThat(share(items(10_000, 11_200), items(9_750, 11_600))).isTrue();
    }

    @Test
    void neighbouringCuesDoNotMatchThroughTheirBoundary() {
        // the next cue starts 100 ms after this one ends, and their edges are 250 ms off in the other track
        assertThat(share(items(20_000, 23_000), items(23_350, 26_000))).isFalse();
        assertThat(share(items(20_000, 23_000), items(22_850, 25_500))).isFalse();
    }

    @Test
    void aShortCueInsideALongOneStillMatchesIt() {
        SentenceItems longCue = items(100_000, 160_000);
        assertThat(longCue.to(0) - longCue.from(0)).isLessThanOrEqualTo(TimeItems.MAX_KEYS);
        assertThat(share(longCue, items(131_100, 133_000))).isTrue();
        assertThat(share(longCue, items(170_000, 172_000))).isFalse();
    }

    @Test
    void untimedSentencesAndDocumentsHaveNoTimeItem() {
        SentenceItems.Builder b = new SentenceItems.Builder();
        TimeItems.add(CueTimes.of(new long[] {-1, 5_000}, new long[] {-1, 6_000}), 0, b, TimeItems.buffer());
        TimeItems.add(CueTimes.none(), 3, b, TimeItems.buffer());
        assertThat(b.build().size()).isZero();
    }
}
