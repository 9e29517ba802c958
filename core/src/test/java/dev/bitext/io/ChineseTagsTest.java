package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The default tag of a Chinese document follows its script; a given tag wins (issue 11, item 7). */
class ChineseTagsTest {
    private static final Instant DATE = Instant.parse("2024-05-06T07:08:09Z");
    /** Genesis 1:1 and 1:3, Chinese Union Version, Traditional and Simplified. */
    private static final List<String> HANT = List.of("起初，神創造天地。", "神說：「要有光」，就有了光。");
    private static final List<String> HANS = List.of("起初，神创造天地。", "神说：“要有光”，就有了光。");
    private static final List<String> EN = List.of("In the beginning God created the heaven and the earth.",
            "And God said, Let there be light: and there was light.");

    private static Alignment chineseEnglish(List<String> chinese) {
        return new Alignment(Document.ofLines(Language.CHINESE, chinese), Document.ofLines(Language.ENGLISH, EN),
                List.of(Bead.of(0, 1, 0, 1, 0.9), Bead.of(1, 1, 1, 1, 0.9)));
    }

    @Test
    void defaultTagFollowsTheScript() {
        assertThat(TmxSettings.defaultTag(Document.ofLines(Language.CHINESE, HANT))).isEqualTo("zh-TW");
        assertThat(TmxSettings.defaultTag(Document.ofLines(Language.CHINESE, HANS))).isEqualTo("zh-CN");
        assertThat(TmxSettings.defaultTag(Document.ofLines(Language.ENGLISH, EN))).isEqualTo("en-US");
    }

    @Test
    void oneAlignmentOfTraditionalTextIsZhTwThroughout() throws Exception {
        StringWriter out = new StringWriter();
        AlignmentWriter.tmx(new TmxSettings(null, null, DATE)).write(chineseEnglish(HANT), out);
        org.w3c.dom.Document doc = TmxValidator.parse(out.toString());
        assertThat(TmxWriterTest.elements(doc, "header").get(0).getAttribute("srclang")).isEqualTo("zh-TW");
        assertThat(TmxWriterTest.elements(doc, "tuv").stream().map(t -> t.getAttribute("xml:lang")))
                .containsExactly("zh-TW", "en-US", "zh-TW", "en-US");
        assertThat(TmxWriterTest.elements(doc, "tu")).allMatch(tu -> !tu.hasAttribute("srclang"));
    }

    @Test
    void aStreamTagsEachDocumentAndMarksUnitsWhoseSourceDiffersFromTheHeader() throws Exception {
        StringWriter out = new StringWriter();
        try (TmxStream tmx = TmxStream.open(out, new TmxSettings(null, null, DATE), Language.CHINESE, Language.ENGLISH)) {
            tmx.add(chineseEnglish(HANS), "simplified");
            tmx.add(chineseEnglish(HANT), "traditional");
        }
        org.w3c.dom.Document doc = TmxValidator.parse(out.toString());
        assertThat(TmxWriterTest.elements(doc, "header").get(0).getAttribute("srclang")).isEqualTo("zh-CN");
        List<Element> units = TmxWriterTest.elements(doc, "tu");
        assertThat(units.stream().map(tu -> tu.getAttribute("srclang"))).containsExactly("", "", "zh-TW", "zh-TW");
        assertThat(TmxWriterTest.elements(doc, "tuv").stream().map(t -> t.getAttribute("xml:lang")))
                .containsExactly("zh-CN", "en-US", "zh-CN", "en-US", "zh-TW", "en-US", "zh-TW", "en-US");
    }

    @Test
    void givenTagsWinForEveryDocument() throws Exception {
        StringWriter out = new StringWriter();
        try (TmxStream tmx = TmxStream.open(out, new TmxSettings("zh-Hans", "en-GB", DATE), Language.CHINESE,
                Language.ENGLISH)) {
            tmx.add(chineseEnglish(HANT), "traditional");
        }
        org.w3c.dom.Document doc = TmxValidator.parse(out.toString());
        assertThat(TmxWriterTest.elements(doc, "header").get(0).getAttribute("srclang")).isEqualTo("zh-Hans");
        assertThat(TmxWriterTest.elements(doc, "tu")).allMatch(tu -> !tu.hasAttribute("srclang"));
        assertThat(TmxWriterTest.elements(doc, "tuv").stream().map(t -> t.getAttribute("xml:lang")))
                .containsExactly("zh-Hans", "en-GB", "zh-Hans", "en-GB");
    }
}
