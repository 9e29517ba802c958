package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The anchors of the seeds/ sentences as the extractor found them before it was made faster: the
 * speed-up must not change a single anchor. Also checks {@link AnchorExtractor#forEachKey} against
 * one {@code extract} per kind on the same sentences.
 */
class AnchorGoldenTest {
    private record Golden(String sentence, Language language, List<String> anchors) {
    }

    private static List<Golden> golden() throws IOException {
        try (InputStream in = AnchorGoldenTest.class.getResourceAsStream("/anchor/golden-anchors.tsv")) {
            assertThat(in).as("golden resource").isNotNull();
            List<Golden> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<String> anchors = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(" "));
                out.add(new Golden(f[0], Language.valueOf(f[1]), anchors));
            }
            return out;
        }
    }

    @Test
    void describeMatchesTheAnchorsFoundBeforeTheSpeedUp() throws IOException {
        List<Golden> golden = golden();
        assertThat(golden).hasSizeGreaterThan(100);
        assertThat(golden).filteredOn(g -> !g.anchors().isEmpty()).hasSizeGreaterThan(50);
        for (Golden g : golden) {
            assertThat(AnchorExtractor.all().describe(g.sentence(), g.language())).as(g.sentence())
                    .isEqualTo(g.anchors());
            long[] keys = g.anchors().stream().mapToLong(AnchorExtractor::key).sorted().distinct().toArray();
            assertThat(AnchorExtractor.all().extract(g.sentence(), g.language())).as(g.sentence())
                    .isEqualTo(keys);
        }
    }

    @Test
    void forEachKeyGivesPerKindExtractInKindOrder() throws IOException {
        for (Golden g : golden()) {
            List<String> expected = new ArrayList<>();
            for (AnchorKind kind : AnchorKind.values()) {
                for (long key : AnchorExtractor.of(EnumSet.of(kind)).extract(g.sentence(), g.language())) {
                    expected.add(kind + ":" + key);
                }
            }
            List<String> actual = new ArrayList<>();
            AnchorExtractor.all().forEachKey(g.sentence(), g.language(), (kind, key) -> actual.add(kind + ":" + key));
            assertThat(actual).as(g.sentence()).isEqualTo(expected);
        }
    }

    @Test
    void forEachKeyReportsOnlyTheExtractorsKinds() {
        String s = "Chen Qingyang was 24 (DNA)?";
        List<AnchorKind> kinds = new ArrayList<>();
        AnchorExtractor.of(EnumSet.of(AnchorKind.NUMBER, AnchorKind.PUNCTUATION))
                .forEachKey(s, Language.ENGLISH, (kind, key) -> kinds.add(kind));
        assertThat(kinds).containsOnly(AnchorKind.NUMBER, AnchorKind.PUNCTUATION).isSorted()
                .contains(AnchorKind.NUMBER, AnchorKind.PUNCTUATION);
    }
}
