package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.BitextException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writers' manual marks (for beads a person made) and {@link Ladder#entries}. */
class ManualBeadsTest {
    private static final TmxSettings SETTINGS = new TmxSettings(null, null, Instant.parse("2024-01-02T03:04:05Z"));
    private static final Alignment ALIGNMENT = Fixtures.englishChinese();
    /** The second bead, 2-1, and the 1-0 bead. */
    private static final Predicate<Bead> MANUAL = b -> b.equals(ALIGNMENT.beads().get(1))
            || b.equals(ALIGNMENT.beads().get(3));

    @TempDir
    Path dir;

    private static String written(AlignmentWriter writer) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(ALIGNMENT, out);
        return out.toString();
    }

    @Test
    void noManualBeadWritesWhatTheOrdinaryWritersWrite() throws Exception {
        assertThat(written(AlignmentWriter.tmx(SETTINGS, b -> false))).isEqualTo(written(AlignmentWriter.tmx(SETTINGS)));
        assertThat(written(AlignmentWriter.tsv(true, b -> false))).isEqualTo(written(AlignmentWriter.tsv(true)));
        assertThat(written(AlignmentWriter.jsonl(null, null, b -> false))).isEqualTo(written(AlignmentWriter.jsonl()));
    }

    @Test
    void aManualTmxUnitHasXManualAndNoConfidenceAndStillValidates() throws Exception {
        String tmx = written(AlignmentWriter.tmx(SETTINGS, MANUAL));
        TmxValidator.parse(tmx);
        String unit = tmx.substring(tmx.indexOf("<tu>", tmx.indexOf("<tu>") + 1), tmx.indexOf("</tu>",
                tmx.indexOf("</tu>") + 1));
        assertThat(unit).contains("<prop type=\"x-bead\">2-1</prop>\n      <prop type=\"x-manual\">edited</prop>")
                .doesNotContain("x-confidence");
        assertThat(tmx.split("x-manual", -1)).as("one manual unit: the 1-0 bead is no unit").hasSize(2);
        assertThat(tmx.split("x-confidence", -1)).hasSize(4);
    }

    @Test
    void manualBeadsSayManualInTsvAndHaveNullConfidenceInJsonl() throws Exception {
        List<String> tsv = written(AlignmentWriter.tsv(false, MANUAL)).lines().toList();
        assertThat(tsv.get(1)).endsWith("\tmanual\t2-1");
        assertThat(tsv.get(3)).endsWith("\tmanual\t1-0");
        assertThat(tsv.get(0)).endsWith("\t0.873\t1-1");
        List<String> jsonl = written(AlignmentWriter.jsonl(null, null, MANUAL)).lines().toList();
        assertThat(jsonl.get(1)).contains("\"type\":\"2-1\",\"confidence\":null,\"manual\":true,\"source_text\"");
        assertThat(jsonl.get(0)).contains("\"confidence\":0.873,\"source_text\"").doesNotContain("manual");
    }

    @Test
    void entriesKeepTheLineNumbersOfTheBeads() throws Exception {
        Path file = Files.writeString(dir.resolve("x.align"), "\uFEFF[0]:[0]\n\n[]:[]\n[2,1]:[]\n[]:[1]\n");
        assertThat(Ladder.entries(file)).containsExactly(
                new Ladder.Entry(new Bead(List.of(0), List.of(0), 1.0), 1),
                new Ladder.Entry(new Bead(List.of(1, 2), List.of(), 1.0), 4),
                new Ladder.Entry(new Bead(List.of(), List.of(1), 1.0), 5));
        Path bad = Files.writeString(dir.resolve("bad.align"), "[0]:[0]\n[1:[1]\n");
        assertThatThrownBy(() -> Ladder.entries(bad)).isInstanceOf(BitextException.class)
                .hasMessageStartingWith(bad + ":2: ");
        assertThatThrownBy(() -> new Ladder.Entry(new Bead(List.of(0), List.of(), 1.0), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
