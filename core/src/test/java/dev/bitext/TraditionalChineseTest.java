package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.anchor.AnchorExtractor;
import dev.bitext.anchor.AnchorKind;
import dev.bitext.anchor.Lexicon;
import dev.bitext.segment.Segmenter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traditional Chinese input segments, aligns, and meets the same anchors and lexicon as Simplified. */
class TraditionalChineseTest {
    /** A short original text written for this test. */
    private static final String ENGLISH = """
            Last spring, Chen Guohua travelled from Beijing to Taipei with his two sisters. \
            They said the city was much warmer than they had expected. \
            On the first evening, the three of them ate noodles at a small night market near the river. \
            The next morning Guohua visited the National Palace Museum, where he spent four hours looking at \
            ancient paintings. His sisters preferred to climb the mountain behind the university. \
            Before going home, they bought tea for their parents. They promised to come back next year.
            """;
    /** The same text in Traditional characters (們, 這, 說, 國 ...), its last sentence one for two English. */
    private static final String CHINESE = """
            去年春天，陳國華和他的兩個姊妹從北京到臺北旅行。她們說這座城市比她們想像的溫暖得多。\
            第一天晚上，他們三個人在河邊一個小夜市吃了麵。\
            第二天早上，國華參觀了國立故宮博物院，在那裡看了四個小時的古畫。\
            他的姊妹們比較喜歡爬大學後面的山。回家之前，他們給父母買了茶，並說明年還會再來。
            """;

    @Test
    void segmentsAndAlignsTraditionalText() {
        Document en = Segmenter.of(Language.ENGLISH).segment(ENGLISH);
        Document zh = Segmenter.of(Language.fromTag("zh-Hant")).segment(CHINESE);
        assertThat(en.size()).isEqualTo(7);
        assertThat(zh.size()).isEqualTo(6);
        assertThat(zh.sentence(1).text().strip()).isEqualTo("她們說這座城市比她們想像的溫暖得多。");

        Alignment alignment = Aligner.create().align(en, zh);
        List<String> ladder = alignment.beads().stream()
                .map(b -> b.source() + ":" + b.target()).toList();
        assertThat(ladder).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]", "[5, 6]:[5]");
    }

    /** ICU's pinyin readings cover Traditional characters: names need no folding. */
    @Test
    void namesMatchTheirPinyinInTraditionalCharacters() {
        AnchorExtractor names = AnchorExtractor.of(EnumSet.of(AnchorKind.NAME));
        long[] traditional = names.extract("陳國華說", Language.CHINESE);
        assertThat(traditional).isEqualTo(names.extract("陈国华说", Language.CHINESE));
        long[] english = names.extract("Chen Guohua said", Language.ENGLISH);
        assertThat(Arrays.stream(english).filter(k -> Arrays.binarySearch(traditional, k) >= 0).count())
                .as("shared name anchors of 陳國華 and Chen Guohua").isPositive();
    }

    @Test
    void coreLexiconMatchesTraditionalWords() {
        Lexicon core = Lexicon.core();
        for (String[] pair : new String[][] {{"這個國家", "这个国家"}, {"他們說", "他们说"}, {"城市", "城市"}}) {
            int[] traditional = core.chineseIds(pair[0]);
            assertThat(traditional).as(pair[0]).isNotEmpty().isEqualTo(core.chineseIds(pair[1]));
        }
        int country = core.englishIds("country")[0];
        assertThat(core.chineseIds("國家")).contains(country);
    }

    @Test
    void traditionalWordsInAUserLexiconStillMatch() {
        Lexicon own = Lexicon.of(java.util.Map.of("country", List.of("國家"), "say", List.of("说")));
        assertThat(own.chineseIds("這個國家")).hasSize(1);
        assertThat(own.chineseIds("这个国家")).hasSize(1);
        assertThat(own.chineseIds("他說")).hasSize(1);
        assertThat(own.chinese(own.chineseIds("國家")[0])).isEqualTo("國家");
    }
}
