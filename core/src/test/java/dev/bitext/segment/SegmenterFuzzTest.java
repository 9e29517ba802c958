package dev.bitext.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import dev.bitext.Aligner;
import dev.bitext.BitextException;
import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Fuzzes the segmenter and the bilingual splitter with random Unicode: emoji, combining marks, Hebrew and
 * Arabic, unpaired surrogates, NUL and other controls, CJK, CRLF and CR, and long runs without punctuation.
 */
class SegmenterFuzzTest {
    private static final Aligner ALIGNER = Aligner.create();

    @RepeatedTest(300)
    void segmentingRandomUnicodeKeepsOffsetsOrderedAndExact(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(0xF022L * info.getCurrentRepetition());
        String text = FuzzText.random(random, random.nextInt(6) == 0 ? 3_000 : 300);
        for (Language language : Language.values()) {
            Document doc = Segmenter.of(language).segment(text);
            SegmenterPropertiesTest.checkInvariants(text, doc);
            assertNoSplitSurrogatePair(text, doc);
        }
    }

    @RepeatedTest(300)
    void splittingRandomUnicodeGivesOrderedDisjointTrimmedParagraphs(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(0xB1L * info.getCurrentRepetition());
        String text = FuzzText.random(random, 400);
        BilingualText split;
        try {
            split = BilingualSplitter.split(text);
        } catch (BitextException e) {
            assertThat(e.getMessage()).isIn("no Chinese text found", "no English text found");
            return;
        }
        assertThat(split.text()).isSameAs(text);
        checkSpans(text, split.english());
        checkSpans(text, split.chinese());
        assertThat(split.english()).noneMatch(e -> split.chinese().stream().anyMatch(c -> overlap(e, c)));

        Document en = Segmenter.of(Language.ENGLISH).segment(text, split.english());
        Document zh = Segmenter.of(Language.CHINESE).segment(text, split.chinese());
        SegmenterPropertiesTest.checkOffsets(text, en);
        SegmenterPropertiesTest.checkOffsets(text, zh);
        assertWithin(en, split.english());
        assertWithin(zh, split.chinese());
    }

    @RepeatedTest(40)
    void aligningRandomBilingualTextGivesSentencesOfThatText(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(0xA1L * info.getCurrentRepetition());
        String text = FuzzText.random(random, 200) + "\nThe end of " + info.getCurrentRepetition() + ".\n结束了。\n";
        Alignment alignment = ALIGNER.alignBilingual(text);
        SegmenterPropertiesTest.checkOffsets(text, alignment.source());
        SegmenterPropertiesTest.checkOffsets(text, alignment.target());
        assertThat(alignment.source().size()).isPositive();
        assertThat(alignment.target().size()).isPositive();
        int covered = alignment.beads().stream().mapToInt(b -> b.source().size() + b.target().size()).sum();
        assertThat(covered).isEqualTo(alignment.source().size() + alignment.target().size());
    }

    /** Spans in order, not overlapping, inside the text, non-blank, trimmed and on one line. */
    private static void checkSpans(String text, List<Span> spans) {
        int previousEnd = 0;
        for (Span span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            String line = text.substring(span.start(), span.end());
            assertThat(line).isNotBlank().doesNotContain("\n", "\r");
            assertThat(SegTexts.isSpace(line.charAt(0)) || SegTexts.isSpace(line.charAt(line.length() - 1)))
                    .as("untrimmed paragraph '%s'", line).isFalse();
            previousEnd = span.end();
        }
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Every sentence lies inside the paragraph its number names. */
    private static void assertWithin(Document doc, List<Span> paragraphs) {
        for (Sentence s : doc.sentences()) {
            Span p = paragraphs.get(s.paragraph());
            assertThat(s.start()).as("%s in %s", s, p).isGreaterThanOrEqualTo(p.start());
            assertThat(s.end()).as("%s in %s", s, p).isLessThanOrEqualTo(p.end());
        }
    }

    /** No sentence boundary falls between the two halves of a surrogate pair. */
    private static void assertNoSplitSurrogatePair(String text, Document doc) {
        List<Integer> cuts = new ArrayList<>();
        doc.sentences().forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        for (int cut : cuts) {
            boolean inside = cut > 0 && cut < text.length()
                    && Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut));
            assertThat(inside).as("cut at %d splits a surrogate pair", cut).isFalse();
        }
    }
}
