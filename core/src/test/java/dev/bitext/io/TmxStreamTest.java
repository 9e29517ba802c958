package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Bead;
import dev.bitext.Language;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TmxStreamTest {
    private static final TmxSettings SETTINGS = new TmxSettings(null, null, Instant.parse("2024-05-06T07:08:09Z"));

    /** Records whether it was closed. */
    static final class TrackingWriter extends StringWriter {
        boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void manyDocumentsGoIntoOneValidTmx() throws Exception {
        TrackingWriter out = new TrackingWriter();
        TmxStream tmx = TmxStream.open(out, SETTINGS, Language.CHINESE, Language.ENGLISH);
        tmx.add(Fixtures.chineseEnglish("第一。", "First.", 0.9), "chapter-1.txt");
        tmx.add(Fixtures.chineseEnglish("第二。", "Second.", 0.8), null);
        tmx.add(Fixtures.chineseEnglish("第三。", "Third.", 0.7), "bad\u0000name & <more>");
        assertThat(tmx.unitsWritten()).isEqualTo(3);
        tmx.close();
        tmx.close();
        assertThat(out.closed).isFalse();

        Document doc = TmxValidator.parse(out.toString());
        assertThat(TmxWriterTest.elements(doc, "tu")).hasSize(3);
        List<String> documents = TmxWriterTest.elements(doc, "prop").stream()
                .filter(p -> p.getAttribute("type").equals("x-document")).map(p -> p.getTextContent()).toList();
        assertThat(documents).containsExactly("chapter-1.txt", "badname & <more>");
        assertThat(TmxWriterTest.childNames(TmxWriterTest.elements(doc, "tu").get(0)))
                .isEqualTo("prop prop prop tuv tuv");
    }

    @Test
    void countsOnlyUnitsWithBothSides() throws Exception {
        StringWriter out = new StringWriter();
        try (TmxStream tmx = TmxStream.open(out, SETTINGS, Language.ENGLISH, Language.CHINESE)) {
            tmx.add(Fixtures.englishChinese(), "a");
            tmx.add(Fixtures.englishChinese(), "b");
            // 6 beads each, of which 1-0 and 0-1 are skipped
            assertThat(tmx.unitsWritten()).isEqualTo(8);
        }
        assertThat(TmxWriterTest.elements(TmxValidator.parse(out.toString()), "tu")).hasSize(8);
    }

    @Test
    void writesOnlyTheBeadsTheFilterKeepsAndAsksOnlyForTwoSidedOnes() throws Exception {
        StringWriter out = new StringWriter();
        java.util.List<Bead> asked = new java.util.ArrayList<>();
        try (TmxStream tmx = TmxStream.open(out, SETTINGS, Language.ENGLISH, Language.CHINESE)) {
            tmx.add(Fixtures.englishChinese(), "a", bead -> asked.add(bead) && bead.source().size() == 1);
            assertThat(asked).hasSize(4).allMatch(b -> !b.source().isEmpty() && !b.target().isEmpty());
            assertThat(tmx.unitsWritten()).isEqualTo(asked.stream().filter(b -> b.source().size() == 1).count())
                    .isBetween(1L, 3L); // the fixture has two-sided beads of both kinds
        }
        assertThat(TmxWriterTest.elements(TmxValidator.parse(out.toString()), "tu")).hasSize(
                (int) asked.stream().filter(b -> b.source().size() == 1).count());
    }

    @Test
    void emptyStreamIsStillValid() throws Exception {
        StringWriter out = new StringWriter();
        TmxStream.open(out, SETTINGS, Language.ENGLISH, Language.CHINESE).close();
        Document doc = TmxValidator.parse(out.toString());
        assertThat(TmxWriterTest.elements(doc, "tu")).isEmpty();
        assertThat(TmxWriterTest.elements(doc, "body")).hasSize(1);
    }

    @Test
    void rejectsAlignmentsInOtherLanguagesAndAddsAfterClose() throws Exception {
        TmxStream tmx = TmxStream.open(new StringWriter(), SETTINGS, Language.ENGLISH, Language.CHINESE);
        assertThatThrownBy(() -> tmx.add(Fixtures.chineseEnglish("你好。", "Hi.", 1.0), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHINESE -> ENGLISH");
        tmx.close();
        assertThatThrownBy(() -> tmx.add(Fixtures.englishChinese(), null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blankTagsAreRejected() {
        assertThatThrownBy(() -> new TmxSettings(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
