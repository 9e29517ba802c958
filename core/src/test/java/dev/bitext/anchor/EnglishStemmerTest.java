package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishStemmerTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // irregular forms
            "went, go", "saw, see", "men, man", "children, child", "feet, foot", "wolves, wolf",
            "thought, think", "better, good",
            // plurals
            "horses, horse", "mountains, mountain", "cities, city", "boxes, box", "churches, church",
            "glasses, glass", "heroes, hero", "shoes, shoe",
            // -ed, -ing with doubling and e-restoration
            "walked, walk", "stopped, stop", "hoped, hope", "loved, love", "cried, cry", "agreed, agree",
            "running, run", "making, make", "walking, walk", "dancing, dance", "raised, raise", "judged, judge", "is, be",
            // -er, -est
            "bigger, big", "largest, large", "happier, happy", "tallest, tall",
            // -ly
            "quickly, quick", "happily, happy"})
    void firstGuessIsTheBaseForm(String word, String base) {
        assertThat(EnglishStemmer.stem(word)).isEqualTo(base);
    }

    @ParameterizedTest
    @CsvSource({"glass", "news", "bus", "analysis", "string", "thing", "red", "sky"})
    void wordsWithoutAnInflectionStayAsTheyAre(String word) {
        assertThat(EnglishStemmer.stem(word)).isEqualTo(word);
    }

    @Test
    void candidatesOfferTheAlternativesAVocabularyCanChooseFrom() {
        // "hoped" is most likely "hope", but "hop" stays available; the word itself is never a candidate
        assertThat(EnglishStemmer.candidates("hoped")).containsExactly("hope", "hop");
        assertThat(EnglishStemmer.candidates("tied")).contains("tie");
        assertThat(EnglishStemmer.candidates("walk")).isEmpty();
    }

    @Test
    void irregularTableOnlyKnowsIrregularForms() {
        assertThat(EnglishStemmer.irregular("left")).isEqualTo("leave");
        assertThat(EnglishStemmer.irregular("walked")).isNull();
    }
}
