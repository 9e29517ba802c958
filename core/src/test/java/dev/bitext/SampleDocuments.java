package dev.bitext;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Document pairs for the concurrency and determinism tests: the bilingual seeds' gold sentences (when the
 * seeds are present), random slices of them, and random synthetic pairs; all derived from one seed.
 */
final class SampleDocuments {
    private static final String[] SEEDS = {"000", "002"};

    private SampleDocuments() {
    }

    /** Seed pairs and {@code slices} slices of each, then {@code synthetic} random pairs. */
    static List<DocumentPair> of(long seed, int slices, int synthetic) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<DocumentPair> out = new ArrayList<>();
        if (Files.isDirectory(SeedGold.seeds())) {
            for (String id : SEEDS) {
                SeedGold gold = SeedGold.load(id);
                out.add(new DocumentPair(Document.ofLines(Language.ENGLISH, gold.english()),
                        Document.ofLines(Language.CHINESE, gold.chinese())));
                for (int k = 0; k < slices; k++) {
                    out.add(new DocumentPair(Document.ofLines(Language.ENGLISH, slice(random, gold.english())),
                            Document.ofLines(Language.CHINESE, slice(random, gold.chinese()))));
                }
            }
        }
        out.addAll(RandomBitext.pairs(random, synthetic, 30));
        return List.copyOf(out);
    }

    /** A random run of consecutive lines (possibly empty). */
    private static List<String> slice(SplittableRandom random, List<String> lines) {
        int from = random.nextInt(lines.size() + 1);
        int to = from + random.nextInt(lines.size() - from + 1);
        return lines.subList(from, to);
    }
}
