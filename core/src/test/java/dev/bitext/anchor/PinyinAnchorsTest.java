package dev.bitext.anchor;

import static dev.bitext.anchor.AnchorTestSupport.en;
import static dev.bitext.anchor.AnchorTestSupport.keysIntersect;
import static dev.bitext.anchor.AnchorTestSupport.shared;
import static dev.bitext.anchor.AnchorTestSupport.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinAnchorsTest {
    private static final AnchorExtractor NAMES = AnchorExtractor.of(EnumSet.of(AnchorKind.NAME));

    @ParameterizedTest(name = "{0} <-> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "陈清扬把我拽住。| Chen Qingyang caught me. | name:chenqingyang",
        "陈清扬把我拽住。| Chen Qingyang caught me. | name:qingyang",
        "王毅说。| Wang Yi said. | name:wangyi",
        "杨洁篪会见了他。| Yang Jiechi met him. | name:yangjiechi",
        "宝玉笑了。| Bao-yu laughed. | name:baoyu",
        "宝玉笑了。| Baoyu's laugh. | name:baoyu",
        "林黛玉来了。| Lin Daiyu came. | name:lindaiyu",
        "余占鳌走过去。| Yu Zhan'ao went over. | name:zhanao",
        "余占鳌走过去。| Yu Zhan’ao went over. | name:yuzhanao",
        "他去了北京。| He went to Beijing. | name:beijing",
    })
    void translationsShareTheName(String chinese, String english, String anchor) {
        assertThat(shared(NAMES, chinese, english)).contains(anchor);
        assertThat(keysIntersect(NAMES, chinese, english)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"He said no.", "Yes!", "You're Smith, aren't you?", "She is Helen.", "I am here",
        "Don't go, Mary."})
    void ordinaryCapitalizedWordsAreNotNames(String english) {
        assertThat(en(NAMES, english)).isEmpty();
    }

    @Test
    void chineseSubstringsOfTwoToFourCharactersCount() {
        assertThat(zh(NAMES, "陈清扬")).containsExactlyInAnyOrder("name:chenqing", "name:qingyang", "name:chenqingyang");
        assertThat(zh(NAMES, "陈")).isEmpty();
        assertThat(zh(NAMES, "陈，清")).isEmpty();
        assertThat(zh(NAMES, "林黛玉来了")).contains("name:lindaiyu", "name:lindaiyulai").doesNotContain("name:lindaiyulaile");
    }

    @Test
    void theChineseSideIsCapped() {
        String longRun = "我们".repeat(PinyinAnchors.CAP);
        assertThat(NAMES.extract(longRun, dev.bitext.Language.CHINESE).length).isLessThanOrEqualTo(PinyinAnchors.CAP);
    }

    @Test
    void differentNamesShareNothing() {
        assertThat(keysIntersect(NAMES, "王毅说。", "Yang Jiechi said.")).isFalse();
    }

    @Test
    void syllableTableAndSplits() {
        assertThat(PinyinSyllables.count()).isBetween(400, 420);
        assertThat(PinyinSyllables.isSyllable("zhuang")).isTrue();
        assertThat(PinyinSyllables.isSyllable("smith")).isFalse();
        assertThat(PinyinSyllables.splits("xian", 2, 4)).isTrue();
        assertThat(PinyinSyllables.splits("xian", 1, 1)).isTrue();
        assertThat(PinyinSyllables.splits("chenqingyang", 2, 4)).isTrue();
        assertThat(PinyinSyllables.splits("chenqingyang", 2, 2)).isFalse();
        assertThat(PinyinSyllables.splits("zhanao", 2, 4)).isTrue();
        assertThat(PinyinSyllables.splits("yes", 2, 4)).isFalse();
    }
}
