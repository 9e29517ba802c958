package dev.bitext.bench;

import dev.bitext.Aligner;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.eval.Evaluator;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * bitext against the mALIGNa Gale-Church baseline on one Bible scale file (default {@code 001}): for each,
 * the median wall time of the whole call over 3 runs after 1 warm-up, and coarse accuracy against the
 * verse-level gold; then the time and accuracy ratios. Reads {@code ${bitext.shared}/data/bible}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.bitext.bench.Compare [id]</pre>
 */
public final class Compare {
    private static final int WARMUP = 1;
    private static final int RUNS = 3;

    private Compare() {
    }

    private record Result(String name, double millis, double coarse) {
    }

    /** Prints the comparison as a Markdown table; exits with status 1 when the Bible data is absent. */
    public static void main(String[] args) throws IOException {
        String id = args.length > 0 ? args[0] : "001";
        ScalePair pair = Corpora.scalePair(id);
        Path goldFile = Corpora.shared().resolve("data/bible/gold").resolve(id + ".align");
        if (pair.synthetic() || !Files.isRegularFile(goldFile)) {
            System.err.println("Bible file " + id + " or its gold is missing under " + Corpora.shared()
                    + "; set -Dbitext.shared=<path to shared>");
            System.exit(1);
        }
        List<Bead> gold = Ladder.read(goldFile);
        List<String> en = pair.english();
        List<String> zh = pair.chinese();
        Document source = Document.ofLines(Language.ENGLISH, en);
        Document target = Document.ofLines(Language.CHINESE, zh);
        Result bitext = run("bitext (default options)", gold,
                () -> Aligner.create().align(source, target).beads());
        Result maligna = run("mALIGNa 3.0.1 Gale-Church (CharCounter)", gold,
                () -> Maligna.beads(Maligna.align(en, zh), en, zh));
        System.out.println("Bible " + pair.describe() + ", " + gold.size() + " gold verse beads; time = median of "
                + RUNS + " runs after " + WARMUP + " warm-up");
        System.out.println();
        System.out.println("| aligner | time (ms) | coarse accuracy |");
        System.out.println("|---|---|---|");
        for (Result r : List.of(bitext, maligna)) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.3f |%n", r.name(), r.millis(), r.coarse());
        }
        System.out.printf(Locale.ROOT, "%nbitext / mALIGNa: time x%.1f, coarse accuracy %+.3f%n",
                bitext.millis() / maligna.millis(), bitext.coarse() - maligna.coarse());
    }

    private static Result run(String name, List<Bead> gold, Supplier<List<Bead>> aligner) {
        List<Bead> beads = null;
        for (int i = 0; i < WARMUP; i++) {
            beads = aligner.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            beads = aligner.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        long[] coarse = Evaluator.coarse(gold, beads);
        return new Result(name, millis[RUNS / 2], (double) coarse[0] / coarse[1]);
    }
}
