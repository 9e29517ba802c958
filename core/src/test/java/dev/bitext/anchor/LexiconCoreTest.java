package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconCoreTest {
    /** Chinese function words and pronouns that must not be lexicon entries. */
    private static final Set<String> CHINESE_STOP = Set.of("的", "了", "是", "在", "我", "你", "他", "她", "它",
            "们", "我们", "你们", "他们", "着", "过", "和", "与", "也", "都", "就", "这", "那", "一", "个", "有",
            "不", "吗", "呢", "吧", "啊", "之", "而", "其", "于", "以", "为", "被", "把", "给", "对", "从", "向");

    private final Lexicon core = Lexicon.core();

    @Test
    void isLoadedOnceAndLarge() {
        assertThat(Lexicon.core()).isSameAs(core);
        assertThat(core.size()).isGreaterThanOrEqualTo(5000);
        Set<String> headwords = new HashSet<>();
        for (int id = 0; id < core.size(); id++) {
            headwords.add(core.english(id));
        }
        assertThat(headwords).hasSizeGreaterThanOrEqualTo(5000);
    }

    @Test
    void hasNoRepeatedPairsAndNoFunctionWords() {
        Set<String> pairs = new HashSet<>();
        for (int id = 0; id < core.size(); id++) {
            String en = core.english(id);
            String zh = core.chinese(id);
            assertThat(pairs.add(en + "\t" + zh)).as("repeated pair %s %s", en, zh).isTrue();
            assertThat(EnglishStopWords.onlyStopWords(EnglishTokens.of(en))).as("function word %s", en).isFalse();
            assertThat(CHINESE_STOP).as("Chinese function word for %s", en).doesNotContain(zh);
            assertThat(zh.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                    .as("%s -> %s", en, zh).isTrue();
            assertThat(zh.length()).as("%s -> %s", en, zh).isBetween(1, 4);
            assertThat(en.split(" ").length).as(en).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void novelSentencesShareEvidence() {
        int[] en = core.englishIds("He walked into the mountains with two horses.");
        int[] zh = core.chineseIds("他和两匹马一起走进了山里。");
        List<String> shared = LexiconMatchTest.shared(core, en, zh);
        assertThat(shared).contains("walk/走", "mountain/山", "horse/马");
    }

    @Test
    void unrelatedSentencesShareNothing() {
        int[] en = core.englishIds("The committee approved the new budget on Tuesday.");
        int[] zh = core.chineseIds("她在厨房里煮饺子。");
        assertThat(LexiconMatchTest.shared(core, en, zh)).isEmpty();
    }
}
