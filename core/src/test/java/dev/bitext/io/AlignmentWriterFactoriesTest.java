package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Alignment;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each format's own factory, and the deprecated {@code of(format, settings)} kept working. */
class AlignmentWriterFactoriesTest {
    private static final TmxSettings FIXED = new TmxSettings("en-GB", "zh-TW", Instant.parse("2026-01-02T03:04:05Z"));

    private static String written(AlignmentWriter writer) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(Fixtures.englishChinese(), out);
        return out.toString();
    }

    @Test
    void eachFactoryWritesItsFormat() throws IOException {
        Alignment a = Fixtures.englishChinese();
        assertThat(written(AlignmentWriter.tsv())).isEqualTo(written(AlignmentWriter.of(OutputFormat.TSV)))
                .startsWith(a.sourceText(a.beads().get(0)) + "\t");
        assertThat(written(AlignmentWriter.ladder())).isEqualTo(written(AlignmentWriter.of(OutputFormat.LADDER)))
                .startsWith("[0]:[0]");
        assertThat(written(AlignmentWriter.jsonl())).isEqualTo(written(AlignmentWriter.of(OutputFormat.JSONL)))
                .startsWith("{");
        assertThat(written(AlignmentWriter.tmx(FIXED))).contains("srclang=\"en-GB\"", "xml:lang=\"zh-TW\"",
                "creationdate=\"20260102T030405Z\"");
    }

    @Test
    @SuppressWarnings("deprecation")
    void deprecatedFactoryStillGivesTheSameWriters() throws IOException {
        assertThat(written(AlignmentWriter.of(OutputFormat.TMX, FIXED))).isEqualTo(written(AlignmentWriter.tmx(FIXED)));
        assertThat(written(AlignmentWriter.of(OutputFormat.TSV, FIXED))).isEqualTo(written(AlignmentWriter.tsv()));
        assertThatThrownBy(() -> AlignmentWriter.of(OutputFormat.TSV, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void tmxNeedsItsSettings() {
        assertThatThrownBy(() -> AlignmentWriter.tmx(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("settings");
    }
}
