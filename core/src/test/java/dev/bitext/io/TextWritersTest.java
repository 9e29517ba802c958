package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TSV, ladder and JSON lines output of {@link AlignmentWriter}. */
class TextWritersTest {
    static List<String> lines(OutputFormat format, Alignment alignment) throws IOException {
        StringWriter out = new StringWriter();
        AlignmentWriter.of(format).write(alignment, out);
        assertThat(out.toString()).endsWith("\n").doesNotContain("\r");
        return out.toString().lines().toList();
    }

    @Test
    void tsvHasFourFieldsPerBeadIncludingOneSidedBeads() throws IOException {
        List<String> lines = lines(OutputFormat.TSV, Fixtures.englishChinese());
        assertThat(lines).hasSize(6);
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(4));
        assertThat(lines.get(0)).isEqualTo("Tom & Jerry <run> \"fast\".\t汤姆和杰瑞<跑>“快”。\t0.873\t1-1");
        assertThat(lines.get(2)).isEqualTo("Lone \uFFFDhigh.\t第二句。第三句。\t0.000\t1-2");
        // "Left\tout\nalone." with tab and newline replaced by spaces, no target
        assertThat(lines.get(3)).isEqualTo("Left out alone.\t\t1.000\t1-0");
        assertThat(lines.get(4)).isEqualTo("\t没有对应的句子。\t0.250\t0-1");
    }

    @Test
    void tsvWithLoneSurrogatesIsWholeUtf8ThroughAStrictEncoder(@TempDir Path dir) throws IOException {
        // Files.newBufferedWriter reports unmappable input: a lone surrogate used to stop it mid-file.
        Path file = dir.resolve("out.tsv");
        Alignment alignment = Fixtures.englishChinese();
        try (Writer out = Files.newBufferedWriter(file)) {
            AlignmentWriter.of(OutputFormat.TSV).write(alignment, out);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(alignment.beads().size());
        assertThat(lines.get(2)).startsWith("Lone \uFFFDhigh.\t");
    }

    @Test
    void loneSurrogatesAreCountedAndReplacedOneByOne() {
        String text = "\uDC00a\uD800\uD83D\uDE00b\uD800";
        assertThat(Surrogates.countUnpaired(text)).isEqualTo(3);
        assertThat(Surrogates.replaceUnpaired(text)).isEqualTo("\uFFFDa\uFFFD\uD83D\uDE00b\uFFFD");
        String clean = "中文 \uD83D\uDE00";
        assertThat(Surrogates.countUnpaired(clean)).isZero();
        assertThat(Surrogates.replaceUnpaired(clean)).isSameAs(clean);
    }

    @Test
    void tsvFieldReplacesEveryLineBreak() {
        assertThat(TsvWriter.field("a\tb\r\nc\u2028d\u0085e\u000Bf")).isEqualTo("a b  c d e f");
    }

    @Test
    void ladderFormatListsIndices() throws IOException {
        assertThat(lines(OutputFormat.LADDER, Fixtures.englishChinese()))
                .containsExactly("[0]:[0]", "[1,2]:[1]", "[3]:[2,3]", "[4]:[]", "[]:[4]", "[5]:[5]");
    }

    @Test
    void jsonLinesHaveFixedKeyOrderAndEscapedText() throws IOException {
        List<String> lines = lines(OutputFormat.JSONL, Fixtures.englishChinese());
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("{\"source\":[0],\"target\":[0],\"type\":\"1-1\",\"confidence\":0.873,"
                + "\"source_text\":\"Tom & Jerry <run> \\\"fast\\\".\",\"target_text\":\"汤姆和杰瑞<跑>“快”。\"}");
        assertThat(lines.get(1)).startsWith("{\"source\":[1,2],\"target\":[1],\"type\":\"2-1\",\"confidence\":0.500,")
                .contains("\"source_text\":\"Bell\\u0007 and\\u0001 feed\\f. Non\uFFFEchars\uFFFF gone.\"");
        assertThat(lines.get(3)).isEqualTo("{\"source\":[4],\"target\":[],\"type\":\"1-0\",\"confidence\":1.000,"
                + "\"source_text\":\"Left\\tout\\nalone.\",\"target_text\":\"\"}");
        assertThat(lines.get(5)).contains("\"source_text\":\"Party \uD83D\uDE00 time.\"");
    }
}
