package dev.bitext.bench;

import dev.bitext.Aligner;
import dev.bitext.AlignerOptions;
import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.anchor.AnchorKind;
import dev.bitext.eval.Evaluator;
import dev.bitext.eval.Scores;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The quality ablation: MAC-Dev strict and lax F1 (Chinese source) and Bible 001 coarse accuracy (English
 * source) for the evidence added step by step, printed as a Markdown table, then the strict precision of
 * confident beads on MAC-Dev for the default options. Reads {@code ${bitext.shared}/data}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.bitext.bench.Ablation</pre>
 */
public final class Ablation {
    private Ablation() {
    }

    private record Config(String name, AlignerOptions options, boolean together) {
    }

    private record Corpus(List<String> names, List<DocumentPair> pairs, List<List<Bead>> gold) {
    }

    /** Prints the table. */
    public static void main(String[] args) throws IOException {
        Path data = Corpora.shared().resolve("data");
        Corpus mac = load(data.resolve("mac-dev"), "zh", "en", null);
        Corpus bible = load(data.resolve("bible"), "en", "zh", "001");
        EnumSet<AnchorKind> numbers = EnumSet.of(AnchorKind.NUMBER, AnchorKind.PUNCTUATION);
        EnumSet<AnchorKind> names = EnumSet.allOf(AnchorKind.class);
        List<Config> configs = List.of(
                new Config("length only", base(EnumSet.noneOf(AnchorKind.class), false, false), false),
                new Config("+ numbers and punctuation", base(numbers, false, false), false),
                new Config("+ names and Latin tokens", base(names, false, false), false),
                new Config("+ core lexicon", base(names, true, false), false),
                new Config("+ learned lexicon", AlignerOptions.builder().coverage(false).build(), false),
                new Config("+ unsure beads searched again by coverage (default options)", AlignerOptions.defaults(),
                        false),
                new Config("everything, documents aligned together", AlignerOptions.defaults(), true));
        System.out.println("| evidence | MAC-Dev strict F1 | MAC-Dev lax F1 | Bible 001 coarse |");
        System.out.println("|---|---|---|---|");
        for (Config c : configs) {
            Scores s = score(mac, c);
            double coarse = coarse(bible, c);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", c.name(), s.f1Strict(), s.f1Lax(), coarse);
        }
        calibration(mac);
    }

    private static AlignerOptions base(EnumSet<AnchorKind> anchors, boolean core, boolean learn) {
        return AlignerOptions.builder().anchors(anchors).coreLexicon(core).learnLexicon(learn).build();
    }

    private static List<Alignment> align(Corpus corpus, Config c) {
        Aligner aligner = Aligner.create(c.options());
        if (c.together()) {
            return aligner.alignAll(corpus.pairs());
        }
        List<Alignment> out = new ArrayList<>();
        for (DocumentPair p : corpus.pairs()) {
            out.add(aligner.align(p.source(), p.target()));
        }
        return out;
    }

    private static Scores score(Corpus corpus, Config c) {
        List<Alignment> test = align(corpus, c);
        Scores total = Scores.ZERO;
        for (int k = 0; k < test.size(); k++) {
            total = total.plus(Evaluator.score(corpus.gold().get(k), test.get(k).beads()));
        }
        return total;
    }

    private static double coarse(Corpus corpus, Config c) {
        List<Alignment> test = align(corpus, c);
        long hits = 0;
        long all = 0;
        for (int k = 0; k < test.size(); k++) {
            long[] r = Evaluator.coarse(corpus.gold().get(k), test.get(k).beads());
            hits += r[0];
            all += r[1];
        }
        return all == 0 ? 0 : (double) hits / all;
    }

    private static void calibration(Corpus mac) {
        List<Alignment> test = align(mac, new Config("default", AlignerOptions.defaults(), false));
        System.out.println();
        System.out.println("| beads with confidence | beads | strict precision |");
        System.out.println("|---|---|---|");
        for (double threshold : new double[] {0.0, 0.5, 0.8, 0.9}) {
            long kept = 0;
            long right = 0;
            for (int k = 0; k < test.size(); k++) {
                List<Bead> gold = mac.gold().get(k);
                for (Bead b : test.get(k).beads()) {
                    if (b.confidence() >= threshold) {
                        kept++;
                        right += gold.stream().anyMatch(g -> g.source().equals(b.source())
                                && g.target().equals(b.target())) ? 1 : 0;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| >= %.1f | %d | %.3f |%n", threshold, kept, (double) right / kept);
        }
    }

    private static Corpus load(Path dir, String source, String target, String only) throws IOException {
        List<String> names = new ArrayList<>();
        List<DocumentPair> pairs = new ArrayList<>();
        List<List<Bead>> gold = new ArrayList<>();
        List<Path> golds;
        try (var files = Files.list(dir.resolve("gold"))) {
            golds = files.sorted().toList();
        }
        for (Path g : golds) {
            String name = g.getFileName().toString().replace(".align", "");
            if (only != null && !only.equals(name)) {
                continue;
            }
            names.add(name);
            pairs.add(new DocumentPair(lines(dir, source, name), lines(dir, target, name)));
            gold.add(Ladder.read(g));
        }
        return new Corpus(names, pairs, gold);
    }

    private static Document lines(Path dir, String lang, String name) throws IOException {
        return Document.ofLines(Language.fromTag(lang),
                Files.readAllLines(dir.resolve(lang).resolve(name), StandardCharsets.UTF_8));
    }
}
