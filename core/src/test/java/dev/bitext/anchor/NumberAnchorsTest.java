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

class NumberAnchorsTest {
    private static final AnchorExtractor NUMBERS = AnchorExtractor.of(EnumSet.of(AnchorKind.NUMBER));

    @ParameterizedTest(name = "{0} <-> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "他二十四岁。| He was twenty-four. | num:24",
        "两千零二十四个人 | 2,024 people | num:2024",
        "二〇二一年 | in 2021 | num:2021",
        "一九九〇年 | in nineteen ninety | num:1990",
        "２０２１年到了。| The year 2021 came. | num:2021",
        "三点五公里 | 3.5 kilometres | num:3.5",
        "三万人 | thirty thousand people | num:30000",
        "3万人 | 30,000 people | num:30000",
        "1.5亿元 | 150 million yuan | num:150000000",
        "三亿五千万 | 350 million | num:350000000",
        "三百个 | three hundred | num:300",
        "两个人 | two people | num:2",
        "十个人 | ten men | num:10",
        "百分之三十 | thirty percent | pct:30",
        "增长了百分之三点五 | grew by 3.5% | pct:3.5",
        "增长了30% | grew by 30 per cent | pct:30",
        "1月24日 | January 24 | date:1-24",
        "一月二十四号 | 24 January | date:1-24",
        "2021年1月24日 | Jan. 24, 2021 | date:1-24",
        "十二月 | in December | month:12",
        "第三次 | the third time | ord:3",
        "第三名 | came 3rd | ord:3",
        "第二十一章 | the twenty-first chapter | ord:21",
        "十五队 | the fifteenth team | num:15",
    })
    void translationsShareTheNumber(String chinese, String english, String anchor) {
        assertThat(shared(NUMBERS, chinese, english)).contains(anchor);
        assertThat(keysIntersect(NUMBERS, chinese, english)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "他二十四岁。| He was twenty-five.",
        "三点五公里 | 35 kilometres",
        "1月24日 | April 24",
        "百分之三十 | thirty people",
    })
    void differentNumbersShareNothing(String chinese, String english) {
        assertThat(keysIntersect(NUMBERS, chinese, english)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"一心一意", "他三心二意", "十分好", "万一下雨", "千万别去", "一起去", "一些人", "等一下",
        "几十个", "十几岁", "二十几岁", "乱七八糟", "星期五", "一个人", "第一次"})
    void idiomsAndOneAreNotNumbers(String chinese) {
        assertThat(zh(NUMBERS, chinese)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"one of them", "at first", "wait a second", "no one", "Someone else", "hundreds of men"})
    void oneAndVagueWordsAreNotNumbers(String english) {
        assertThat(en(NUMBERS, english)).isEmpty();
    }

    @Test
    void stopWordsAfterANumeralStillCount() {
        assertThat(zh(NUMBERS, "三十分钟")).containsExactly("num:30");
        assertThat(zh(NUMBERS, "一千万人")).containsExactly("num:10000000");
    }

    @Test
    void approximationsDigitByDigitGiveEachDigit() {
        assertThat(zh(NUMBERS, "三四个人")).containsExactly("num:3", "num:4");
        assertThat(en(NUMBERS, "three or four people")).containsExactly("num:3", "num:4");
    }

    @Test
    void digitsGluedToLettersAreNotNumbers() {
        assertThat(zh(NUMBERS, "G7峰会和COVID-19")).isEmpty();
        assertThat(en(NUMBERS, "the G7 and COVID-19 in the 1990s")).isEmpty();
    }

    @Test
    void valuesAreCanonical() {
        assertThat(en(NUMBERS, "3.50 and 1,000,000 and 007")).containsExactly("num:1000000", "num:3.5", "num:7");
    }

    @Test
    void aMonthWithoutDayIsAMonthButMayAloneIsNot() {
        assertThat(en(NUMBERS, "In March we left.")).containsExactly("month:3");
        assertThat(en(NUMBERS, "May I come?")).isEmpty();
        assertThat(en(NUMBERS, "On May 4 we left.")).containsExactly("date:5-4");
    }
}
