package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Alignment#pairs()}: each bead with its joined texts. */
class AlignedPairTest {
    @Test
    void pairsHoldEachBeadWithItsJoinedTexts() {
        Document en = Document.ofLines(Language.ENGLISH, List.of("One.", "Two.", "Three."));
        Document zh = Document.ofLines(Language.CHINESE, List.of("一。", "二。"));
        Alignment a = new Alignment(en, zh, List.of(Bead.of(0, 2, 0, 1, 0.75), Bead.of(2, 1, 1, 0, 0.5),
                Bead.of(3, 0, 1, 1, 0.25)));
        List<AlignedPair> pairs = a.pairs();
        assertThat(pairs).extracting(AlignedPair::source).containsExactly("One. Two.", "Three.", "");
        assertThat(pairs).extracting(AlignedPair::target).containsExactly("一。", "", "二。");
        assertThat(pairs).extracting(AlignedPair::type).containsExactly("2-1", "1-0", "0-1");
        assertThat(pairs.get(0).confidence()).isEqualTo(0.75);
        assertThat(pairs).extracting(AlignedPair::bead).isEqualTo(a.beads());
        for (AlignedPair p : pairs) {
            assertThat(p.source()).isEqualTo(a.sourceText(p.bead()));
            assertThat(p.target()).isEqualTo(a.targetText(p.bead()));
        }
        assertThatThrownBy(() -> pairs.add(pairs.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void chineseSourceIsJoinedWithoutSpace() {
        Alignment a = Aligner.create().align("你好。再见。", Language.CHINESE, "Hello. Goodbye.", Language.ENGLISH);
        String allSource = String.join("", a.pairs().stream().map(AlignedPair::source).toList());
        assertThat(allSource).isEqualTo("你好。再见。");
    }
}
