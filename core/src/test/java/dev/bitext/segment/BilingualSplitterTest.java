package dev.bitext.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import dev.bitext.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BilingualSplitterTest {

    @Test
    void linesAreToldApartByScript() {
        String text = "Wang Yi (王毅) said so.\n\n  全球化改变了全球经济运行的某些DNA。  \r\n2021-02-01 17:40:50\n-----\n凌胜利\n";
        BilingualText split = BilingualSplitter.split(text);
        assertThat(texts(split.text(), split.english())).containsExactly("Wang Yi (王毅) said so.");
        assertThat(texts(split.text(), split.chinese())).containsExactly("全球化改变了全球经济运行的某些DNA。", "凌胜利");
    }

    @Test
    void aMissingSideIsAUserError() {
        assertThatThrownBy(() -> BilingualSplitter.split("Only English here.\n2021-01-01"))
                .isInstanceOf(BitextException.class).hasMessage("no Chinese text found");
        assertThatThrownBy(() -> BilingualSplitter.split("只有中文。\n12:00"))
                .isInstanceOf(BitextException.class).hasMessage("no English text found");
    }

    @Test
    void seed000IsAnEnglishBlockThenTheChineseOriginal() throws IOException {
        Lines lines = Lines.of(seed("000"));
        List<String> english = lines.english();
        List<String> chinese = lines.chinese();
        assertThat(chinese).hasSizeBetween(10, 15).allSatisfy(line -> assertThat(line).containsPattern("\\p{IsHan}"));
        assertThat(english).hasSizeBetween(20, 60).contains("Hot this week", "Related Articles");
        assertThat(chinese.get(chinese.size() - 1)).startsWith("阿拉斯加");
        assertThat(lines.split().english().get(0).start()).isZero();
        assertTrimmed(lines.split());
    }

    @Test
    void seed002InterleavesParagraphs() throws IOException {
        Lines lines = Lines.of(seed("002"));
        List<String> english = lines.english();
        List<String> chinese = lines.chinese();
        assertThat(chinese).hasSizeBetween(8, 15).contains("凌胜利", "美韩合作面临多重困境");
        assertThat(english).contains("By Ling Shengli", "China Military Online").hasSizeGreaterThanOrEqualTo(chinese.size());
        assertThat(english).noneMatch(line -> line.contains("2021-02-01"));
        assertThat(chinese).noneMatch(line -> line.contains("2021-02-01"));
        assertTrimmed(lines.split());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "003", "004"})
    void englishOnlySeedsHaveNoChinese(String seed) throws IOException {
        String text = seed(seed);
        assertThatThrownBy(() -> BilingualSplitter.split(text))
                .isInstanceOf(BitextException.class).hasMessage("no Chinese text found");
    }

    @Test
    void detectorFollowsTheSameRule() {
        assertThat(LanguageDetector.detect("全球化改变了全球经济运行的某些DNA")).isEqualTo(Language.CHINESE);
        assertThat(LanguageDetector.detect("Wang Yi (王毅) said")).isEqualTo(Language.ENGLISH);
        assertThat(LanguageDetector.detect("2021-02-01")).isEqualTo(Language.ENGLISH);
    }

    private static void assertTrimmed(BilingualText split) {
        Stream.concat(split.english().stream(), split.chinese().stream()).forEach(span -> {
            String line = split.text().substring(span.start(), span.end());
            assertThat(line).isNotBlank().isEqualTo(line.strip()).doesNotContain("\n");
        });
    }

    /** A split file with the texts of its English and Chinese lines. */
    private record Lines(BilingualText split, List<String> english, List<String> chinese) {
        static Lines of(String text) {
            BilingualText split = BilingualSplitter.split(text);
            return new Lines(split, texts(text, split.english()), texts(text, split.chinese()));
        }
    }

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static String seed(String number) throws IOException {
        Path dir = Path.of(System.getProperty("bitext.root", ".."), "seeds");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no seeds at " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElse(null);
            Assumptions.assumeTrue(file != null, "no seed " + number);
            return Files.readString(file);
        }
    }
}
