package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LexiconMatchTest {
    private static final Lexicon SMALL = Lexicon.of(Map.of(
            "Walk", List.of("走", "步行"),
            "mountain", List.of("山"),
            "horse", List.of("马"),
            "leave", List.of("离开"),
            "left", List.of("左"),
            "walking stick", List.of("拐杖"),
            "flower", List.of("花"),
            "flow", List.of("流动")));

    private static List<String> english(Lexicon lex, String sentence) {
        return Arrays.stream(lex.englishIds(sentence)).mapToObj(lex::english).distinct().sorted().toList();
    }

    private static List<String> chinese(Lexicon lex, String sentence) {
        return Arrays.stream(lex.chineseIds(sentence)).mapToObj(lex::chinese).distinct().sorted().toList();
    }

    @Test
    void inflectedWordsMatchTheirBaseForms() {
        assertThat(english(SMALL, "He walked into the Mountains with two horses."))
                .containsExactly("horse", "mountain", "walk");
    }

    @Test
    void aKnownWordIsNotStemmedIntoAnother() {
        // "flowers" -> "flower" (known) and never "flow"
        assertThat(english(SMALL, "Flowers everywhere.")).containsExactly("flower");
        assertThat(english(SMALL, "It flowed.")).containsExactly("flow");
    }

    @Test
    void irregularFormsMatchBothTheWordAndItsBase() {
        assertThat(english(SMALL, "She left.")).containsExactly("leave", "left");
    }

    @Test
    void phrasesMatchOnConsecutiveLemmas() {
        assertThat(english(SMALL, "two walking sticks")).containsExactly("walk", "walking stick");
        assertThat(english(SMALL, "a stick for walking")).containsExactly("walk");
    }

    @Test
    void chineseWordsMatchAsOverlappingSubstrings() {
        assertThat(chinese(SMALL, "他拄着拐杖步行上山，骑马离开。"))
                .containsExactly("山", "拐杖", "步行", "离开", "马");
        assertThat(SMALL.chineseIds("")).isEmpty();
        assertThat(SMALL.englishIds("...")).isEmpty();
    }

    @Test
    void idsAreSortedAndDistinct() {
        int[] ids = SMALL.chineseIds("山山马山马");
        assertThat(ids).isSorted().doesNotHaveDuplicates().hasSize(2);
        int[] en = SMALL.englishIds("walk walks walked walking");
        assertThat(en).isSorted().doesNotHaveDuplicates().hasSize(2); // walk/走, walk/步行
    }

    @Test
    void sharedIdsLinkATranslationPair() {
        Lexicon lex = SMALL;
        int[] en = lex.englishIds("He walked into the mountains with two horses.");
        int[] zh = lex.chineseIds("他和两匹马一起走进了山里。");
        assertThat(shared(lex, en, zh)).containsExactlyInAnyOrder("walk/走", "mountain/山", "horse/马");
    }

    static List<String> shared(Lexicon lex, int[] en, int[] zh) {
        return Arrays.stream(en).filter(id -> Arrays.binarySearch(zh, id) >= 0)
                .mapToObj(id -> lex.english(id) + "/" + lex.chinese(id)).collect(Collectors.toList());
    }

    @Test
    void ofNormalisesAndDropsRepeatedPairs() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("  Big   HOUSE ", List.of("大 房子", "大房子"));
        Lexicon lex = Lexicon.of(m);
        assertThat(lex.size()).isEqualTo(1);
        assertThat(lex.english(0)).isEqualTo("big house");
        assertThat(lex.chinese(0)).isEqualTo("大房子");
    }

    @Test
    void ofRejectsKeysWithoutLettersAndBlankWords() {
        assertThatThrownBy(() -> Lexicon.of(Map.of("123", List.of("一二三"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("123");
        assertThatThrownBy(() -> Lexicon.of(Map.of("horse", List.of(" "))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mergeUnitesPairsWithoutRepeats() {
        Lexicon other = Lexicon.of(Map.of("horse", List.of("马", "马匹"), "river", List.of("河")));
        Lexicon merged = SMALL.merge(other);
        assertThat(merged.size()).isEqualTo(SMALL.size() + 2);
        assertThat(english(merged, "rivers and horses")).containsExactly("horse", "river");
        assertThat(chinese(merged, "马匹过河")).containsExactly("河", "马", "马匹");
        assertThat(SMALL.merge(Lexicon.empty())).isSameAs(SMALL);
        assertThat(Lexicon.empty().merge(SMALL)).isSameAs(SMALL);
    }

    @Test
    void concurrentMatchingAgreesWithSequentialMatching() {
        List<String> sentences = IntStream.range(0, 2000)
                .mapToObj(i -> "Horses " + i + " walked left, leaving mountains and flowers w" + i + " behind.")
                .toList();
        Lexicon fresh = SMALL.merge(Lexicon.of(Map.of("river", List.of("河"))));
        List<String> parallel = sentences.parallelStream().map(s -> Arrays.toString(fresh.englishIds(s))).toList();
        List<String> sequential = sentences.stream().map(s -> Arrays.toString(fresh.englishIds(s))).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(english(fresh, sentences.get(7))).containsExactly("flower", "horse", "leave", "left", "mountain", "walk");
    }

    @Test
    void idsOutsideTheLexiconAreRejected() {
        assertThatThrownBy(() -> SMALL.english(SMALL.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Lexicon.empty().chinese(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
