package dev.bitext.bench;

import dev.bitext.Aligner;
import dev.bitext.AlignerOptions;
import dev.bitext.Document;
import dev.bitext.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of aligning the six MAC-Dev chapters ({@code ${bitext.shared}/data/mac-dev}) one after the other, as the
 * before-stop hook does with {@code align --presegmented --source-lang zh --target-lang en ZH EN}: Chinese
 * source, English target, one sentence per line; and mALIGNa's Gale-Church macro on the same chapters. The
 * documents are read before timing (the setup fails when MAC-Dev is absent). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar MacDevBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class MacDevBenchmark {
    private static final List<String> CHAPTERS = List.of("001", "002", "003", "004", "005", "006");

    /** Whether bitext searches unsure beads again by coverage (the default, {@code true}; {@code false}: {@code --no-coverage}). */
    @Param({"true"})
    public boolean coverage;

    private final List<List<String>> chinese = new ArrayList<>();
    private final List<List<String>> english = new ArrayList<>();
    private final List<Document> sources = new ArrayList<>();
    private final List<Document> targets = new ArrayList<>();

    /** Reads the chapters once per trial. */
    @Setup
    public void load() {
        Path dev = Corpora.shared().resolve("data").resolve("mac-dev");
        if (!Files.isDirectory(dev.resolve("zh"))) {
            throw new IllegalStateException("MAC-Dev not present at " + dev.toAbsolutePath());
        }
        for (String name : CHAPTERS) {
            List<String> zh = lines(dev.resolve("zh").resolve(name));
            List<String> en = lines(dev.resolve("en").resolve(name));
            chinese.add(zh);
            english.add(en);
            sources.add(Document.ofLines(Language.CHINESE, zh));
            targets.add(Document.ofLines(Language.ENGLISH, en));
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** bitext with the default options (but for {@link #coverage}), one chapter after the other; returns the number of beads. */
    @Benchmark
    public int bitext() {
        int beads = 0;
        for (int k = 0; k < sources.size(); k++) {
            beads += Aligner.create(AlignerOptions.builder().coverage(coverage).build())
                    .align(sources.get(k), targets.get(k)).beads().size();
        }
        return beads;
    }

    /** mALIGNa's Gale-Church macro on the same chapters, same direction; returns the number of beads. */
    @Benchmark
    public int maligna() {
        int beads = 0;
        for (int k = 0; k < chinese.size(); k++) {
            beads += Maligna.align(chinese.get(k), english.get(k)).size();
        }
        return beads;
    }
}
