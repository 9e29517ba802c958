package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class AnchorExtractorTest {
    /** Pieces that exercise every source, including the awkward ones. */
    private static final String[] PIECES = {"陈清扬", "王毅", "二十四", "两千零二十四", "一九九〇", "三点五", "百分之三十",
        "第三", "3万", "1.5亿", "1月24日", "十分", "万一", "几十", "星期五", "COVID-19", "ＤＮＡ", "G7", "iPhone",
        "Chen Qingyang", "Bao-yu", "Zhan'ao", "’'s", "'s", "twenty-four", "a hundred", "nineteen ninety", "Jan.",
        "January 24", "24th", "3rd", "30%", "per cent", "1,000", "3.5", ",", ".", "-", "'", "？", "！", "“", "”",
        "（", "）", "\"", " ", "  ", "的", "了", "Ü", "Lü", "𠀀", "\uD800", "点", "月", "日", "号", "年"};
    private static final AnchorExtractor ALL = AnchorExtractor.all();

    @Test
    void allLooksForEveryKindAndOfForTheGivenOnes() {
        assertThat(AnchorExtractor.all().kinds()).containsExactlyInAnyOrder(AnchorKind.values());
        AnchorExtractor some = AnchorExtractor.of(EnumSet.of(AnchorKind.NUMBER, AnchorKind.PUNCTUATION));
        assertThat(some.kinds()).containsExactlyInAnyOrder(AnchorKind.NUMBER, AnchorKind.PUNCTUATION);
        assertThat(some.describe("陈清扬说二十四？DNA", Language.CHINESE))
                .containsExactly("num:24", "punct:question");
        assertThat(AnchorExtractor.of(Set.of()).extract("陈清扬说二十四？", Language.CHINESE)).isEmpty();
    }

    @Test
    void kindsAreACopy() {
        EnumSet<AnchorKind> kinds = EnumSet.of(AnchorKind.NAME);
        AnchorExtractor x = AnchorExtractor.of(kinds);
        kinds.add(AnchorKind.NUMBER);
        assertThat(x.kinds()).containsExactly(AnchorKind.NAME);
        assertThatThrownBy(() -> x.kinds().add(AnchorKind.LATIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> AnchorExtractor.of(null)).isInstanceOf(NullPointerException.class);
        Set<AnchorKind> withNull = new HashSet<>(Arrays.asList(AnchorKind.NAME, null));
        assertThatThrownBy(() -> AnchorExtractor.of(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ALL.extract(null, Language.ENGLISH)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ALL.describe("x", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theKeysOfTheUnionAreTheUnionOfTheKeys() {
        String s = "陈清扬说：“二十四个DNA？”";
        Set<Long> union = new HashSet<>();
        for (AnchorKind kind : AnchorKind.values()) {
            for (long k : AnchorExtractor.of(EnumSet.of(kind)).extract(s, Language.CHINESE)) {
                union.add(k);
            }
        }
        assertThat(Arrays.stream(ALL.extract(s, Language.CHINESE)).boxed()).containsExactlyInAnyOrderElementsOf(union);
    }

    @RepeatedTest(200)
    void keysAreSortedDistinctAndTheKeysOfTheDescription(RepetitionInfo info) {
        String s = randomSentence(new SplittableRandom(info.getCurrentRepetition()));
        for (Language language : Language.values()) {
            long[] keys = ALL.extract(s, language);
            long[] described = ALL.describe(s, language).stream().mapToLong(AnchorExtractor::key).sorted().toArray();
            assertThat(keys).as("%s %s", language, s).containsExactly(described);
            for (int i = 1; i < keys.length; i++) {
                assertThat(keys[i - 1]).isLessThan(keys[i]);
            }
        }
    }

    @Test
    void threadsSharingAnExtractorGetTheSameKeys() throws Exception {
        List<String> sentences = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 300; i++) {
            sentences.add(randomSentence(random));
        }
        AnchorExtractor fresh = AnchorExtractor.of(EnumSet.allOf(AnchorKind.class));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<long[]>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> sentences.stream().map(s -> fresh.extract(s, Language.CHINESE)).toList()));
            }
            List<long[]> expected = sentences.stream().map(s -> ALL.extract(s, Language.CHINESE)).toList();
            for (Future<List<long[]>> f : futures) {
                List<long[]> got = f.get();
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(got.get(i)).containsExactly(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keyIsStableAcrossCalls() {
        assertThat(AnchorExtractor.key("num:24")).isEqualTo(AnchorExtractor.key("num:" + 24))
                .isNotEqualTo(AnchorExtractor.key("num:25"));
    }

    private static String randomSentence(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(1, 12);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
