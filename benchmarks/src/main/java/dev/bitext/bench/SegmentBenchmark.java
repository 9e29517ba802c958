package dev.bitext.bench;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.segment.Segmenter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of {@link Segmenter#segment(String)} on 1,000 sentences of running text in paragraphs of five, English
 * or Chinese: the first Bible sentences when the shared data is present, otherwise seeded synthetic text.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar SegmentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SegmentBenchmark {
    private static final int SENTENCES = 1_000;
    private static final long SEED = 7L;

    /** The language of the text: {@code en} or {@code zh}. */
    @Param({"en", "zh"})
    public String language;

    private Segmenter segmenter;
    private String text;

    /** Builds the text once per trial. */
    @Setup
    public void load() {
        Language lang = Language.fromTag(language);
        List<String> english = Corpora.bible("en", "001").orElseGet(() -> Corpora.syntheticEnglish(SENTENCES, SEED));
        List<String> sentences = lang == Language.ENGLISH ? english
                : Corpora.bible("zh", "001").orElseGet(() -> Corpora.syntheticChinese(english, SEED + 1));
        text = Corpora.paragraphs(sentences.subList(0, Math.min(SENTENCES, sentences.size())), 5,
                lang == Language.ENGLISH ? " " : "");
        segmenter = Segmenter.of(lang);
    }

    /** Segments the whole text. */
    @Benchmark
    public Document segment() {
        return segmenter.segment(text);
    }
}
