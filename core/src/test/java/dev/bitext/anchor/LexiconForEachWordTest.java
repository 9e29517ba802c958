package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class LexiconForEachWordTest {
    private static final String[] ENGLISH = {
        "He walked into the mountains with a walking stick and two horses.",
        "The flowers flow down the hill; she left, leaving the book on the left.",
        "Nothing here.", ""};
    private static final String[] CHINESE = {"他拄着拐杖走进山里，骑着马。", "花在流动，他离开了，向左走。", "无", ""};

    /** The grouping the aligner did before: a LinkedHashMap from word to ids, in ascending id order. */
    private static List<List<Integer>> byMap(int[] ids, IntFunction<String> word) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int id : ids) {
            groups.computeIfAbsent(word.apply(id), w -> new ArrayList<>()).add(id);
        }
        return new ArrayList<>(groups.values());
    }

    private static List<List<Integer>> byForEachWord(Lexicon lex, String sentence, Language language) {
        List<List<Integer>> out = new ArrayList<>();
        lex.forEachWord(sentence, language, (ids, count) -> {
            assertThat(count).isPositive();
            out.add(Arrays.stream(ids, 0, count).boxed().toList());
        });
        return out;
    }

    @Test
    void groupsIdsByWordInOrderOfTheirSmallestId() {
        Lexicon lex = Lexicon.core().merge(Lexicon.of(Map.of(
                "walk", List.of("走", "步行"), "mountain", List.of("山", "山脉"), "horse", List.of("马"),
                "walking stick", List.of("拐杖"), "left", List.of("左", "离开"))));
        boolean anyShared = false;
        for (String s : ENGLISH) {
            List<List<Integer>> groups = byForEachWord(lex, s, Language.ENGLISH);
            assertThat(groups).as(s).isEqualTo(byMap(lex.englishIds(s), lex::english));
            anyShared |= groups.stream().anyMatch(g -> g.size() > 1);
        }
        for (String s : CHINESE) {
            List<List<Integer>> groups = byForEachWord(lex, s, Language.CHINESE);
            assertThat(groups).as(s).isEqualTo(byMap(lex.chineseIds(s), lex::chinese));
            anyShared |= groups.stream().anyMatch(g -> g.size() > 1);
        }
        assertThat(anyShared).as("some word has several pairs").isTrue();
    }

    @Test
    void anEmptyLexiconReportsNothing() {
        List<Integer> counts = new ArrayList<>();
        Lexicon.empty().forEachWord(ENGLISH[0], Language.ENGLISH, (ids, count) -> counts.add(count));
        assertThat(counts).isEmpty();
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> Lexicon.core().forEachWord("x", null, (ids, count) -> { }))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Lexicon.core().forEachWord("x", Language.ENGLISH, null))
                .isInstanceOf(NullPointerException.class);
    }
}
