package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.anchor.AnchorKind;
import dev.bitext.anchor.Lexicon;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlignerOptionsTest {
    @Test
    void defaultsUseEveryKindOfEvidence() {
        AlignerOptions o = AlignerOptions.defaults();
        assertThat(o.maxBeadSide()).isEqualTo(4);
        assertThat(o.anchors()).containsExactlyInAnyOrder(AnchorKind.values());
        assertThat(o.coreLexicon()).isTrue();
        assertThat(o.learnLexicon()).isTrue();
        assertThat(o.dictionaries()).isEmpty();
    }

    @Test
    void settersValidateAtOnce() {
        assertThatThrownBy(() -> AlignerOptions.builder().maxBeadSide(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBeadSide");
        assertThatThrownBy(() -> AlignerOptions.builder().skipPenalty(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlignerOptions.builder().anchors(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AlignerOptions.builder().dictionary(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void optionsDoNotChangeWithTheBuilder() {
        AlignerOptions.Builder b = AlignerOptions.builder().anchors(EnumSet.of(AnchorKind.NUMBER));
        AlignerOptions o = b.build();
        b.anchors(Set.of()).maxBeadSide(2);
        assertThat(o.anchors()).containsExactly(AnchorKind.NUMBER);
        assertThat(o.maxBeadSide()).isEqualTo(4);
        assertThatThrownBy(() -> o.anchors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aUserDictionaryIsEvidence() {
        Document en = Document.ofLines(Language.ENGLISH, List.of(
                "It rained all morning and the roads were flooded by noon.",
                "Nobody in the village had seen such a storm for many years.",
                "By evening the water had gone down and people came outside.",
                "The glorp walked away.",
                "The blick walked away."));
        Document zh = Document.ofLines(Language.CHINESE, List.of(
                "整个上午都在下雨，中午时道路已被淹没。",
                "村里的人很多年都没见过这样的暴风雨了。",
                "到了傍晚，水退了，人们走出了家门。",
                "布利克走开了。"));
        AlignerOptions.Builder bare = AlignerOptions.builder().anchors(Set.of()).coreLexicon(false).learnLexicon(false);
        double without = confidenceOfLast(Aligner.create(bare.build()).align(en, zh));
        Lexicon dictionary = Lexicon.of(Map.of("blick", List.of("布利克")));
        double with = confidenceOfLast(Aligner.create(bare.dictionary(dictionary).build()).align(en, zh));
        assertThat(with).isGreaterThan(without);
    }

    /** The confidence of the bead pairing the last sentences, which must be [4]:[3]. */
    private static double confidenceOfLast(Alignment a) {
        Bead last = a.beads().get(a.beads().size() - 1);
        assertThat(last.source()).containsExactly(4);
        assertThat(last.target()).containsExactly(3);
        return last.confidence();
    }
}
