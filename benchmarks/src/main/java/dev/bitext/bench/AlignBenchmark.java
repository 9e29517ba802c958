package dev.bitext.bench;

import dev.bitext.Aligner;
import dev.bitext.Alignment;
import dev.bitext.Document;
import dev.bitext.Language;
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
 * Time of {@link Aligner#align(Document, Document)} on presegmented input. {@code corpus=bible-001} is the Bible
 * scale file 001 (5,000 English, 6,301 Chinese sentences), or a synthetic pair of the same size when the shared
 * data is absent; {@code corpus=synthetic} always uses the seeded synthetic pair.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar AlignBenchmark [-p corpus=synthetic]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AlignBenchmark {
    private static final int SYNTHETIC_SENTENCES = 5_000;
    private static final long SEED = 20_240_601L;

    /** Which input to align: {@code bible-001} or {@code synthetic}. */
    @Param("bible-001")
    public String corpus;

    private final Aligner aligner = Aligner.create();
    private Document source;
    private Document target;

    /** Loads the input once per trial. */
    @Setup
    public void load() {
        List<String> en = corpus.equals("bible-001") ? Corpora.bible("en", "001").orElse(null) : null;
        List<String> zh = en == null ? null : Corpora.bible("zh", "001").orElse(null);
        if (en == null || zh == null) {
            en = Corpora.syntheticEnglish(SYNTHETIC_SENTENCES, SEED);
            zh = Corpora.syntheticChinese(en, SEED + 1);
        }
        source = Document.ofLines(Language.ENGLISH, en);
        target = Document.ofLines(Language.CHINESE, zh);
    }

    /** Aligns the whole pair. */
    @Benchmark
    public Alignment align() {
        return aligner.align(source, target);
    }
}
