package dev.bitext.segment;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.internal.SegBreaker;
import dev.bitext.internal.SegChineseBreaker;
import dev.bitext.internal.SegCollector;
import dev.bitext.internal.SegEnglishBreaker;
import dev.bitext.internal.SegLines;
import java.util.List;
import java.util.Objects;

/**
 * Splits text of one language into sentences.
 *
 * <p>English uses ICU4J's sentence rules plus a pass for abbreviations (Mr., Dr., Inc., U.S., e.g.),
 * initials (Lloyd J. Austin) and lowercase continuations; Chinese ends sentences at 。！？!? and …, keeping
 * closing quotes and brackets with their sentence and giving opening ones to the next. In both, sentences
 * never cross a line break, carry no surrounding white space, and are at most {@link #maxSentenceLength()}
 * characters long (longer runs are cut at their last space or comma before the limit). Every sentence's
 * text equals {@code text.substring(start, end)} of the input. Time is linear in the input length.
 *
 * <p>Thread-safe: instances are immutable and shared; the stateful ICU break iterators are kept per
 * thread.
 */
public final class Segmenter {
    private static final Segmenter ENGLISH = new Segmenter(Language.ENGLISH, new SegEnglishBreaker(), 2_000);
    private static final Segmenter CHINESE = new Segmenter(Language.CHINESE, new SegChineseBreaker(), 1_000);

    private final Language language;
    private final SegBreaker breaker;
    private final int maxSentenceLength;

    private Segmenter(Language language, SegBreaker breaker, int maxSentenceLength) {
        this.language = language;
        this.breaker = breaker;
        this.maxSentenceLength = maxSentenceLength;
    }

    /**
     * The segmenter for a language (shared instances).
     *
     * @param language the language to segment
     * @return its segmenter
     */
    public static Segmenter of(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case ENGLISH -> ENGLISH;
            case CHINESE -> CHINESE;
        };
    }

    /** {@return the language this segmenter splits} */
    public Language language() {
        return language;
    }

    /** {@return the longest sentence, in UTF-16 characters, this segmenter returns: 2,000 for English, 1,000 for Chinese} */
    public int maxSentenceLength() {
        return maxSentenceLength;
    }

    /**
     * Segments a whole text; every non-blank line is a paragraph, sentences never cross a line break.
     *
     * @param text the text to segment
     * @return its sentences, paragraph numbers counting its non-blank lines
     */
    public Document segment(String text) {
        Objects.requireNonNull(text, "text");
        SegCollector collector = new SegCollector(text, maxSentenceLength);
        int[] paragraph = {0};
        SegLines.forEach(text, 0, text.length(), (start, end) -> {
            collector.paragraph(paragraph[0]++);
            breaker.split(text, start, end, collector);
        });
        return new Document(language, collector.sentences());
    }

    /**
     * Segments the given paragraphs of {@code text}; sentence offsets point into {@code text} and
     * sentence paragraph numbers are indices into {@code paragraphs}. Line breaks inside a paragraph are
     * still hard breaks; a blank paragraph yields no sentence but keeps its number.
     *
     * @param text the text the paragraphs lie in
     * @param paragraphs the paragraphs to segment, as spans of {@code text}
     * @return their sentences
     * @throws IllegalArgumentException if a paragraph reaches beyond the end of {@code text}
     */
    public Document segment(String text, List<Span> paragraphs) {
        Objects.requireNonNull(text, "text");
        SegCollector collector = new SegCollector(text, maxSentenceLength);
        for (int i = 0; i < paragraphs.size(); i++) {
            Span span = paragraphs.get(i);
            if (span.end() > text.length()) {
                throw new IllegalArgumentException(
                        "paragraph " + i + " " + span + " is beyond the text length " + text.length());
            }
            collector.paragraph(i);
            SegLines.forEach(text, span.start(), span.end(), (start, end) -> breaker.split(text, start, end, collector));
        }
        return new Document(language, collector.sentences());
    }

    @Override
    public String toString() {
        return "Segmenter[" + language.code() + "]";
    }
}
