package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.eval.Evaluator;
import dev.bitext.eval.Scores;
import dev.bitext.segment.BilingualSplitter;
import dev.bitext.segment.BilingualText;
import dev.bitext.segment.Segmenter;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Segmentation and alignment of the two bilingual seeds against the project's hand-checked gold. */
class SeedsGoldTest {
    /** The figures reached with the default options (0.956 and 1.000); a drop fails the build. */
    private static final java.util.Map<String, Double> MIN_STRICT_F1 = java.util.Map.of("000", 0.95, "002", 0.99);

    private static List<String> texts(Document d) {
        return d.sentences().stream().map(Sentence::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "002"})
    void sentenceBoundaryF1AtLeast095(String id) throws IOException {
        SeedGold gold = SeedGold.load(id);
        BilingualText split = BilingualSplitter.split(gold.raw());
        Document en = Segmenter.of(Language.ENGLISH).segment(gold.raw(), split.english());
        Document zh = Segmenter.of(Language.CHINESE).segment(gold.raw(), split.chinese());
        double fEn = BoundaryScore.f1(gold.english(), texts(en));
        double fZh = BoundaryScore.f1(gold.chinese(), texts(zh));
        System.out.printf("seed %s boundary F1: en %.4f zh %.4f%n", id, fEn, fZh);
        assertThat(fEn).isGreaterThanOrEqualTo(0.95);
        assertThat(fZh).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "002"})
    void alignmentOfRawFileAgainstGoldBeads(String id) throws IOException {
        SeedGold gold = SeedGold.load(id);
        Alignment a = Aligner.create().alignBilingual(gold.raw());
        // The segmentation matches the gold sentences (tested above), so bead indices are comparable.
        assertThat(texts(a.source())).isEqualTo(gold.english());
        assertThat(texts(a.target())).isEqualTo(gold.chinese());
        Scores s = Evaluator.score(gold.beads(), a.beads());
        System.out.printf("seed %s alignment: strict F1 %.4f lax F1 %.4f%n", id, s.f1Strict(), s.f1Lax());
        assertThat(s.f1Strict()).isGreaterThanOrEqualTo(MIN_STRICT_F1.get(id));
    }

    @org.junit.jupiter.api.Test
    void seed002TranslationUnitsKeepBoilerplateOut() throws IOException {
        SeedGold gold = SeedGold.load("002");
        Alignment a = Aligner.create().alignBilingual(gold.raw());
        java.util.Set<Integer> unpairedInGold = new java.util.HashSet<>();
        gold.beads().stream().filter(b -> b.target().isEmpty()).forEach(b -> unpairedInGold.addAll(b.source()));
        List<dev.bitext.Bead> units = a.beads().stream()
                .filter(b -> !b.source().isEmpty() && !b.target().isEmpty()).toList();
        assertThat(units).hasSizeGreaterThanOrEqualTo(25);
        for (dev.bitext.Bead b : units) {
            assertThat(b.source()).as("boilerplate inside %s", a.sourceText(b)).doesNotContainAnyElementsOf(unpairedInGold);
        }
    }
}
