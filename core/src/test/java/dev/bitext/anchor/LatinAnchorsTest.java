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

class LatinAnchorsTest {
    private static final AnchorExtractor LATIN = AnchorExtractor.of(EnumSet.of(AnchorKind.LATIN));

    @ParameterizedTest(name = "{0} <-> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "研究DNA的结构 | to study the structure of DNA | latin:dna",
        "ＤＮＡ检测 | a DNA test | latin:dna",
        "新冠肺炎（COVID-19）| the COVID-19 pandemic | latin:covid-19",
        "新冠肺炎（COVID‐19）| the COVID-19 pandemic | latin:covid-19",
        "G7峰会 | the G7 summit | latin:g7",
        "他买了iPhone。| He bought an iPhone. | latin:iphone",
        "这是FTA的条款 | under the FTA's terms | latin:fta",
    })
    void translationsShareTheToken(String chinese, String english, String anchor) {
        assertThat(shared(LATIN, chinese, english)).containsExactly(anchor);
        assertThat(keysIntersect(LATIN, chinese, english)).isTrue();
    }

    @Test
    void ordinaryEnglishWordsAreNotAnchors() {
        assertThat(en(LATIN, "The quick brown Fox said I am not a 3rd party, isn't it?")).isEmpty();
    }

    @Test
    void everyLatinTokenInChineseIsAnAnchor() {
        assertThat(zh(LATIN, "他说OK，然后用Word写了X光报告，共3页。"))
                .containsExactly("latin:ok", "latin:word", "latin:x");
    }

    @Test
    void differentTokensShareNothing() {
        assertThat(keysIntersect(LATIN, "研究RNA", "to study DNA")).isFalse();
    }
}
