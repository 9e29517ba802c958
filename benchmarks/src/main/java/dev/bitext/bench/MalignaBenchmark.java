package dev.bitext.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.loomchild.maligna.coretypes.Alignment;
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
 * Time of the peer baseline, mALIGNa's Gale-Church macro ({@link Maligna#align}), on the same presegmented
 * scale files as {@link AlignBenchmark}. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar MalignaBenchmark [-p id=001]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class MalignaBenchmark {
    /** The scale file: {@code 001} or {@code 002}. */
    @Param({"001", "002"})
    public String id;

    private List<String> source;
    private List<String> target;

    /** Loads the sentences once per trial. */
    @Setup
    public void load() {
        ScalePair pair = Corpora.scalePair(id);
        System.out.println("input " + pair.describe());
        source = pair.english();
        target = pair.chinese();
    }

    /** Aligns the whole pair. */
    @Benchmark
    public List<Alignment> align() {
        return Maligna.align(source, target);
    }
}
