package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.doc.Block;
import dev.bitext.doc.HtmlReader;
import dev.bitext.doc.StructuredText;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesPathsTest {
    @Test
    void pathsOfEachSideFollowTheObject() throws IOException {
        StructuredText en = HtmlReader.read("<p>One. Two.</p><p>Three.</p>".getBytes(StandardCharsets.UTF_8), "en.html");
        StructuredText zh = HtmlReader.read("<p>一。二。三。</p>".getBytes(StandardCharsets.UTF_8), "zh.html");
        Document s = en.segment(Language.ENGLISH);
        Document t = zh.segment(Language.CHINESE);
        Alignment a = new Alignment(s, t, List.of(new Bead(List.of(0, 1), List.of(0, 1), 0.9),
                new Bead(List.of(2), List.of(2), 0.8)));
        StringWriter out = new StringWriter();
        AlignmentWriter.jsonl(x -> en.blockAt(x.start()).map(Block::path).orElse(null), null).write(a, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).endsWith(",\"source_paths\":[\"html/body/p[1]\"]}");
        assertThat(lines.get(1)).endsWith(",\"source_paths\":[\"html/body/p[2]\"]}").doesNotContain("target_paths");

        StringWriter plain = new StringWriter();
        AlignmentWriter.jsonl().write(a, plain);
        assertThat(plain.toString()).doesNotContain("_paths");
    }

    @Test
    void blocksAndLinesLeadBackToTheirElements() {
        StructuredText st = HtmlReader.read("<p>A<br>B</p><p>C</p>".getBytes(StandardCharsets.UTF_8), "x.html");
        assertThat(st.blockAt(0)).map(Block::path).contains("html/body/p[1]");
        assertThat(st.blockAt(st.text().indexOf('C'))).map(Block::path).contains("html/body/p[2]");
        assertThat(st.blockAt(st.text().indexOf('B') + 1)).isEmpty();
        assertThat(st.linePaths()).containsExactly("html/body/p[1]", "html/body/p[1]", "html/body/p[2]");
    }
}
