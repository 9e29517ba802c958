package dev.bitext.bench;

import dev.bitext.Aligner;
import dev.bitext.AlignerOptions;
import dev.bitext.Alignment;
import dev.bitext.Document;
import dev.bitext.Language;
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
 * Time of {@code Aligner.create().align(english, chinese)} on presegmented input: the Bible scale file
 * {@code id} (5,000 × id English sentences), or a seeded synthetic pair of the same size when the shared data
 * is absent (see {@link Corpora#scalePair}). The documents are built before timing.
 * {@code coverage=false} aligns as {@code --no-coverage} does (unsure beads not searched again), to compare
 * against the defaults in the same run.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar AlignBenchmark [-p id=001,002] [-p coverage=true,false]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AlignBenchmark {
    /** The scale file, {@code 001} (5,000 English sentences) to {@code 006} (30,000). */
    @Param({"001", "002", "003", "004", "005", "006"})
    public String id;

    /** Whether unsure beads are searched again by coverage (the default, {@code true}). */
    @Param({"true"})
    public boolean coverage;

    private Document source;
    private Document target;

    /** Builds the documents once per trial. */
    @Setup
    public void load() {
        ScalePair pair = Corpora.scalePair(id);
        System.out.println("input " + pair.describe());
        source = Document.ofLines(Language.ENGLISH, pair.english());
        target = Document.ofLines(Language.CHINESE, pair.chinese());
    }

    /** Creates an aligner with the default options (but for {@link #coverage}) and aligns the whole pair. */
    @Benchmark
    public Alignment align() {
        return Aligner.create(AlignerOptions.builder().coverage(coverage).build()).align(source, target);
    }
}
