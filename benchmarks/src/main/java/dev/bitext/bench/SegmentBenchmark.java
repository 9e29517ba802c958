package dev.bitext.bench;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.segment.Segmenter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Segmentation throughput on one thread: {@link Segmenter#segment(String)} over about 1 MB of UTF-8 text built
 * from the seed articles ({@link SeedText}). JMH reports {@code ops/s} for the primary result; the secondary
 * result {@code segment:megabytes} is the same rate in MB/s (10^6 bytes of UTF-8 input per second).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar SegmentBenchmark [-p language=zh]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class SegmentBenchmark {
    /** Minimum size of the input text in UTF-8 bytes. */
    public static final int TEXT_BYTES = 1_000_000;

    /** The language of the text: {@code en} or {@code zh}. */
    @Param({"en", "zh"})
    public String language;

    private Segmenter segmenter;
    private String text;
    private double megabytes;

    /** Counts megabytes of input segmented; JMH reports the count per second. Reset every iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {
        /** Megabytes segmented in the current iteration. */
        public double megabytes;

        /** Starts an iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    /** Builds the text once per trial. */
    @Setup
    public void load() {
        Language lang = Language.fromTag(language);
        text = lang == Language.ENGLISH ? SeedText.english(TEXT_BYTES) : SeedText.chinese(TEXT_BYTES);
        int bytes = SeedText.utf8Bytes(text);
        megabytes = bytes / 1e6;
        segmenter = Segmenter.of(lang);
        System.out.printf(Locale.ROOT, "input %s: %,d bytes, %,d chars, %,d sentences%n", language, bytes,
                text.length(), segmenter.segment(text).sentences().size());
    }

    /** Segments the whole text. */
    @Benchmark
    public Document segment(Volume volume) {
        volume.megabytes += megabytes;
        return segmenter.segment(text);
    }
}
