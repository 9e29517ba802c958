package dev.bitext.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTextTest {
    @Test
    void chineseLinesAreThoseWithEnoughHan() {
        assertThat(SeedText.isChinese("美韩合作面临多重困境")).isTrue();
        assertThat(SeedText.isChinese("据美国CNN报道，拜登政府正在审议。")).isTrue();
        assertThat(SeedText.isChinese("Language : English 简体 繁體")).isFalse();
        assertThat(SeedText.isChinese("2021-02-01 17:40:50")).isFalse();
        assertThat(SeedText.isChinese("US-ROK alliance faces multiple difficulties")).isFalse();
    }

    @Test
    void chineseParagraphsKeepOnlyChineseLinesInOrder() {
        String article = "US-ROK alliance\n\n美韩合作面临多重困境\nSource\n  作者：凌胜利  \n2021-02-01";
        assertThat(SeedText.chineseParagraphs(List.of(article, "第二篇。")))
                .containsExactly("美韩合作面临多重困境", "作者：凌胜利", "第二篇。");
    }

    @Test
    void repeatsWholeUnitsUntilLargeEnough() {
        String text = SeedText.repeat(List.of("一二三", "ab"), 100);
        String unit = "一二三\nab\n";
        assertThat(SeedText.utf8Bytes(unit)).isEqualTo(13);
        assertThat(text).isEqualTo(unit.repeat(8));
        assertThat(SeedText.repeat(List.of("x"), 1)).isEqualTo("x\n");
        assertThatThrownBy(() -> SeedText.repeat(List.of(), 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builtTextsReachTheRequestedSizeInTheirLanguage() {
        String zh = SeedText.chinese(50_000);
        assertThat(SeedText.utf8Bytes(zh)).isGreaterThanOrEqualTo(50_000);
        assertThat(zh.lines()).allMatch(SeedText::isChinese);
        String en = SeedText.english(50_000);
        assertThat(SeedText.utf8Bytes(en)).isGreaterThanOrEqualTo(50_000).isLessThan(100_000);
    }
}
