package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.AlignerOptions;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BeadSearchTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(20261123L);
    private final BeadSearch search = new BeadSearch(AlignerOptions.defaults());

    private static String chinese(int chars) {
        return "中".repeat(chars);
    }

    private static String english(int chars) {
        return "x".repeat(chars);
    }

    @Test
    void oneToOneWhenLengthsMatch() {
        int[] lens = {20, 45, 12, 33, 60, 18, 25, 40};
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (int l : lens) {
            en.add(english(3 * l));
            zh.add(chinese(l));
        }
        List<Bead> beads = search.align(Document.ofLines(Language.ENGLISH, en), Document.ofLines(Language.CHINESE, zh));
        assertThat(beads).hasSize(lens.length);
        for (int k = 0; k < lens.length; k++) {
            assertThat(beads.get(k).source()).containsExactly(k);
            assertThat(beads.get(k).target()).containsExactly(k);
        }
    }

    @Test
    void findsOneToTwoAndTwoToOne() {
        // zh 30 <-> en 45 + 45 ; zh 10 + 10 <-> en 60 ; the rest 1-1
        List<String> zh = List.of(chinese(25), chinese(30), chinese(40), chinese(10), chinese(12), chinese(35), chinese(22));
        List<String> en = List.of(english(75), english(45), english(45), english(120), english(66),
                english(105), english(66));
        List<Bead> beads = search.align(Document.ofLines(Language.CHINESE, zh), Document.ofLines(Language.ENGLISH, en));
        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-2", "1-1", "2-1", "1-1", "1-1");
    }

    @Test
    void anExtraLineDoesNotDragTheAlignmentOffCourse() {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        int[] lens = {30, 42, 25, 38, 50, 27, 33, 41, 29, 36};
        for (int k = 0; k < lens.length; k++) {
            en.add(english(3 * lens[k]));
            zh.add(chinese(lens[k]));
            if (k == 4) {
                en.add(english(30)); // a short English-only line in the middle
            }
        }
        List<Bead> beads = search.align(Document.ofLines(Language.ENGLISH, en), Document.ofLines(Language.CHINESE, zh));
        // Length alone cannot tell whether the line is unpaired or belongs to its neighbour; every other
        // sentence must keep its counterpart.
        for (Bead b : beads) {
            List<Integer> expected = new ArrayList<>();
            for (int t : b.target()) {
                expected.add(t <= 4 ? t : t + 1);
            }
            List<Integer> rest = new ArrayList<>(b.source());
            rest.remove(Integer.valueOf(5));
            assertThat(rest).isEqualTo(expected);
        }
    }

    @Test
    void emptySideGivesUnpairedBeads() {
        List<Bead> beads = search.align(Document.ofLines(Language.ENGLISH, List.of("a", "b")),
                Document.ofLines(Language.CHINESE, List.of()));
        assertThat(beads).extracting(Bead::type).containsExactly("1-0", "1-0");
    }

    @RepeatedTest(20)
    void coversEverySentenceOnceInOrderWithConfidenceInRange() {
        SplittableRandom rnd = RANDOM.split();
        int n = 1 + rnd.nextInt(300);
        int m = 1 + rnd.nextInt(300);
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            en.add(english(1 + rnd.nextInt(200)));
        }
        for (int j = 0; j < m; j++) {
            zh.add(chinese(1 + rnd.nextInt(60)));
        }
        List<Bead> beads = search.align(Document.ofLines(Language.ENGLISH, en), Document.ofLines(Language.CHINESE, zh));
        int nextS = 0;
        int nextT = 0;
        for (Bead b : beads) {
            for (int s : b.source()) {
                assertThat(s).isEqualTo(nextS++);
            }
            for (int t : b.target()) {
                assertThat(t).isEqualTo(nextT++);
            }
            assertThat(b.confidence()).isBetween(0.0, 1.0);
            assertThat(b.source().size()).isLessThanOrEqualTo(4);
            assertThat(b.target().size()).isLessThanOrEqualTo(4);
        }
        assertThat(nextS).isEqualTo(n);
        assertThat(nextT).isEqualTo(m);
    }
}
