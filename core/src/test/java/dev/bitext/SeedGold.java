package dev.bitext;

import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The project's hand-checked gold for the bilingual seeds (seeds/NNN.en.txt, .zh.txt, .align). */
record SeedGold(String raw, List<String> english, List<String> chinese, List<Bead> beads) {

    static Path seeds() {
        return Path.of(System.getProperty("bitext.root", "..")).resolve("seeds");
    }

    static SeedGold load(String id) throws IOException {
        Path dir = seeds();
        Path raw;
        try (var files = Files.list(dir)) {
            raw = files.filter(p -> p.getFileName().toString().startsWith(id + "_")).findFirst().orElseThrow();
        }
        return new SeedGold(Files.readString(raw, StandardCharsets.UTF_8),
                Files.readAllLines(dir.resolve(id + ".en.txt")),
                Files.readAllLines(dir.resolve(id + ".zh.txt")),
                Ladder.read(dir.resolve(id + ".align")));
    }
}
