package dev.bitext.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.Sentence;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SegmenterPropertiesTest {

    @RepeatedTest(60)
    void randomMixedTextKeepsTheOffsetInvariants(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(0x5E6L * info.getCurrentRepetition());
        String text = SegTexts.random(random, 1 + random.nextInt(400));
        for (Language language : Language.values()) {
            checkInvariants(text, Segmenter.of(language).segment(text));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLongLineWithoutPunctuationIsCutAtSpacesUnderTheCap(Language language) {
        String text = "word ".repeat(100_000);
        Document doc = Segmenter.of(language).segment(text);
        checkInvariants(text, doc);
        assertThat(doc.size()).isGreaterThanOrEqualTo(text.length() / Segmenter.of(language).maxSentenceLength());
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(s.text()).startsWith("word").endsWith("word"));
    }

    @Test
    void aLongChineseLineIsCutAfterCommasOrHardWithoutSplittingSurrogatePairs() {
        String commas = "我们今天去了公园，".repeat(20_000);
        Document doc = Segmenter.of(Language.CHINESE).segment(commas);
        checkInvariants(commas, doc);
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(s.text()).endsWith("，"));

        String emoji = "汉😀".repeat(5_000);
        Document hard = Segmenter.of(Language.CHINESE).segment(emoji);
        checkInvariants(emoji, hard);
        assertThat(hard.size()).isGreaterThan(1);
        assertThat(hard.sentences()).allSatisfy(s -> assertThat(Character.isLowSurrogate(s.text().charAt(0))).isFalse());
    }

    @Test
    void segmentsOnlyTheGivenParagraphsWithOffsetsIntoTheText() {
        String text = "Header. Mr. Lee met Bob. Then he left.\n\n他走了。她来了！";
        int chinese = text.indexOf('他');
        List<Span> spans = List.of(new Span(0, 7), new Span(7, 7), new Span(8, 38));
        Document en = Segmenter.of(Language.ENGLISH).segment(text, spans);
        checkOffsets(text, en);
        assertThat(en.sentences()).extracting(Sentence::text).containsExactly("Header.", "Mr. Lee met Bob.", "Then he left.");
        assertThat(en.sentences()).extracting(Sentence::paragraph).containsExactly(0, 2, 2);
        assertThat(en.sentence(1).start()).isEqualTo(8);

        Document zh = Segmenter.of(Language.CHINESE).segment(text, List.of(new Span(chinese, text.length())));
        assertThat(zh.sentences()).extracting(Sentence::start).containsExactly(chinese, chinese + 4);
    }

    @Test
    void aParagraphBeyondTheTextIsRejected() {
        assertThatThrownBy(() -> Segmenter.of(Language.ENGLISH).segment("short", List.of(new Span(0, 6))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paragraph 0");
    }

    @Test
    void instancesAreShared() {
        assertThat(Segmenter.of(Language.ENGLISH)).isSameAs(Segmenter.of(Language.ENGLISH));
        assertThat(Segmenter.of(Language.CHINESE).language()).isEqualTo(Language.CHINESE);
    }

    /** {@link #checkOffsets} and every non-space character of {@code text} lies in a sentence. */
    static void checkInvariants(String text, Document doc) {
        checkOffsets(text, doc);
        int covered = doc.sentences().stream().mapToInt(s -> nonSpace(s.text())).sum();
        assertThat(covered).as("every non-space character lies in a sentence").isEqualTo(nonSpace(text));
    }

    /** Offsets match the text, no empty or padded sentences, no line breaks, order and cap. */
    static void checkOffsets(String text, Document doc) {
        int previousEnd = 0;
        int previousParagraph = 0;
        int cap = Segmenter.of(doc.language()).maxSentenceLength();
        for (int i = 0; i < doc.size(); i++) {
            Sentence s = doc.sentence(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end())).isNotEmpty();
            assertThat(s.text().length()).isLessThanOrEqualTo(cap);
            assertThat(SegTexts.isSpace(s.text().charAt(0))).as("leading space in %s", s).isFalse();
            assertThat(SegTexts.isSpace(s.text().charAt(s.text().length() - 1))).as("trailing space in %s", s).isFalse();
            assertThat(s.text()).doesNotContain("\n", "\r", "\u2028", "\u2029");
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.paragraph()).isGreaterThanOrEqualTo(previousParagraph);
            previousEnd = s.end();
            previousParagraph = s.paragraph();
        }
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += SegTexts.isSpace(s.charAt(i)) ? 0 : 1;
        }
        return n;
    }
}
