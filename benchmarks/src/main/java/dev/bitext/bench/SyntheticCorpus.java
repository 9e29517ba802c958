package dev.bitext.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large corpus of many smaller parallel documents for the Spark benchmark, made from the 12 pairs of
 * {@code ../shared} (Bible 001-006, MAC-Dev 001-006) and their gold alignments: every document is a handful
 * of passages (runs of consecutive gold beads) drawn at random from all pairs, so each is a real translation
 * (gold beads are translations) yet no two are alike, and the sentences are shuffled between documents.
 * Writes {@code OUT/en/NNNNN}, {@code OUT/zh/NNNNN} (one sentence per line) and {@code OUT/pairs.tsv} (a
 * {@code build-tm --pairs} manifest of absolute paths). Seeded: the same arguments give the same corpus.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.bitext.bench.SyntheticCorpus SHARED OUT [DOCUMENTS] [BEADS]</pre>
 */
public final class SyntheticCorpus {
    private static final Pattern BEAD = Pattern.compile("\\[([0-9,]*)\\]:\\[([0-9,]*)\\]");
    private static final int PASSAGE = 25;
    private static final long SEED = 20_261_202L;

    private SyntheticCorpus() {
    }

    /** One gold bead's sentences. */
    private record Unit(List<String> english, List<String> chinese) {
    }

    /**
     * Writes the corpus.
     *
     * @param args SHARED (the shared folder), OUT (created), DOCUMENTS (default 1000), BEADS per document (default 200)
     * @throws IOException if reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus SHARED OUT [DOCUMENTS] [BEADS]");
            System.exit(2);
        }
        Path data = Path.of(args[0]).resolve("data");
        Path out = Path.of(args[1]).toAbsolutePath();
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int beads = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        List<List<Unit>> pairs = new ArrayList<>();
        for (String set : List.of("bible", "mac-dev")) {
            for (int k = 1; k <= 6; k++) {
                String n = String.format("%03d", k);
                pairs.add(units(data.resolve(set + "/en/" + n), data.resolve(set + "/zh/" + n),
                        data.resolve(set + "/gold/" + n + ".align"), set.equals("bible")));
            }
        }
        Files.createDirectories(out.resolve("en"));
        Files.createDirectories(out.resolve("zh"));
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> manifest = new ArrayList<>();
        long english = 0;
        for (int d = 0; d < documents; d++) {
            List<String> en = new ArrayList<>();
            List<String> zh = new ArrayList<>();
            for (int taken = 0; taken < beads; taken += PASSAGE) {
                List<Unit> pair = pairs.get(random.nextInt(pairs.size()));
                int from = random.nextInt(Math.max(1, pair.size() - PASSAGE));
                for (Unit u : pair.subList(from, Math.min(pair.size(), from + PASSAGE))) {
                    en.addAll(u.english());
                    zh.addAll(u.chinese());
                }
            }
            String name = String.format("%05d", d);
            Files.write(out.resolve("en").resolve(name), en);
            Files.write(out.resolve("zh").resolve(name), zh);
            manifest.add(out.resolve("en").resolve(name) + "\t" + out.resolve("zh").resolve(name));
            english += en.size();
        }
        Files.write(out.resolve("pairs.tsv"), manifest);
        System.out.println(documents + " documents, " + english + " English sentences: " + out.resolve("pairs.tsv"));
    }

    /**
     * The gold beads of one pair with both sides non-empty; {@code englishFirst}: the gold lists English
     * indices on the left (the Bible's), else Chinese (MAC-Dev's gold is Chinese to English).
     */
    private static List<Unit> units(Path en, Path zh, Path gold, boolean englishFirst) throws IOException {
        List<String> e = Files.readAllLines(en);
        List<String> z = Files.readAllLines(zh);
        List<String[]> beads = new ArrayList<>();
        for (String line : Files.readAllLines(gold)) {
            Matcher m = BEAD.matcher(line.strip());
            if (m.matches() && !m.group(1).isEmpty() && !m.group(2).isEmpty()) {
                beads.add(new String[] {m.group(1), m.group(2)});
            }
        }
        List<Unit> out = new ArrayList<>();
        for (String[] b : beads) {
            out.add(englishFirst ? new Unit(lines(e, b[0]), lines(z, b[1])) : new Unit(lines(e, b[1]), lines(z, b[0])));
        }
        return out;
    }

    private static List<String> lines(List<String> text, String indices) {
        List<String> out = new ArrayList<>();
        for (String i : indices.split(",")) {
            out.add(text.get(Integer.parseInt(i.strip())));
        }
        return out;
    }
}
