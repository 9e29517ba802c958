package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the MAC-Dev gold 1-1 beads, a translation pair shares an anchor far more often than a
 * Chinese sentence with a random English sentence of the same chapter. Prints the shares per kind
 * and the extraction time (measured, not asserted).
 */
class AnchorMacDevTest {
    private static final List<String[]> GOLD = new ArrayList<>();
    private static final List<String[]> RANDOM = new ArrayList<>();
    private static final List<String> ZH = new ArrayList<>();
    private static final List<String> EN = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        Path root = Path.of(System.getProperty("bitext.shared", "../shared"), "data", "mac-dev");
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("gold")), "MAC-Dev not found at " + root);
        SplittableRandom random = new SplittableRandom(7);
        try (var names = Files.list(root.resolve("gold"))) {
            for (Path gold : names.sorted().toList()) {
                String doc = gold.getFileName().toString().replace(".align", "");
                List<String> zh = Files.readAllLines(root.resolve("zh").resolve(doc), StandardCharsets.UTF_8);
                List<String> en = Files.readAllLines(root.resolve("en").resolve(doc), StandardCharsets.UTF_8);
                ZH.addAll(zh);
                EN.addAll(en);
                for (String bead : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                    addOneToOne(bead, zh, en, random);
                }
            }
        }
    }

    private static void addOneToOne(String bead, List<String> zh, List<String> en, SplittableRandom random) {
        String[] sides = bead.replaceAll("[\\[\\]\\s]", "").split(":");
        if (sides.length < 2 || !sides[0].matches("\\d+") || !sides[1].matches("\\d+")) {
            return;
        }
        int i = Integer.parseInt(sides[0]);
        int j = Integer.parseInt(sides[1]);
        int other = random.nextInt(en.size() - 1);
        GOLD.add(new String[] {zh.get(i), en.get(j)});
        RANDOM.add(new String[] {zh.get(i), en.get(other >= j ? other + 1 : other)});
    }

    @Test
    void goldPairsShareAnchorsMoreOftenThanRandomPairs() {
        assertThat(GOLD).hasSizeGreaterThan(500);
        for (AnchorKind kind : AnchorKind.values()) {
            double gold = share(EnumSet.of(kind), GOLD);
            double random = share(EnumSet.of(kind), RANDOM);
            System.out.printf("MAC-Dev 1-1 (%d pairs) %-11s gold %.3f random %.3f%n", GOLD.size(), kind, gold, random);
            assertThat(gold).as(kind.name()).isGreaterThan(random);
        }
        double gold = share(EnumSet.allOf(AnchorKind.class), GOLD);
        double random = share(EnumSet.allOf(AnchorKind.class), RANDOM);
        System.out.printf("MAC-Dev 1-1 (%d pairs) %-11s gold %.3f random %.3f%n", GOLD.size(), "ALL", gold, random);
        assertThat(gold).isGreaterThan(3 * random);
    }

    @Test
    void extractsEveryLine() {
        AnchorExtractor all = AnchorExtractor.all();
        long keys = 0;
        long start = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            start = System.nanoTime();
            keys = ZH.stream().mapToLong(s -> all.extract(s, Language.CHINESE).length).sum()
                    + EN.stream().mapToLong(s -> all.extract(s, Language.ENGLISH).length).sum();
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("MAC-Dev: %d lines, %d keys, %.1f ms in the third round%n", ZH.size() + EN.size(), keys, ms);
        assertThat(keys).isGreaterThan(ZH.size());
    }

    private static double share(Set<AnchorKind> kinds, List<String[]> pairs) {
        AnchorExtractor x = AnchorExtractor.of(kinds);
        long hits = pairs.stream().filter(p -> AnchorTestSupport.keysIntersect(x, p[0], p[1])).count();
        return hits / (double) pairs.size();
    }
}
