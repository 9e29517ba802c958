package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class TmxWriterTest {
    private static final Instant DATE = Instant.parse("2024-01-02T03:04:05Z");

    static String tmx(TmxSettings settings) throws Exception {
        StringWriter out = new StringWriter();
        AlignmentWriter.tmx(settings).write(Fixtures.englishChinese(), out);
        return out.toString();
    }

    static List<Element> elements(Node parent, String name) {
        NodeList nodes = ((parent instanceof Document d) ? d.getDocumentElement() : (Element) parent)
                .getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** For each element: its children's names in order, e.g. "prop prop tuv tuv". */
    static String childNames(Element e) {
        List<String> names = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                names.add(c.getNodeName());
            }
        }
        return String.join(" ", names);
    }

    @Test
    void validTmxWithOneUnitPerTwoSidedBead() throws Exception {
        Document doc = TmxValidator.parse(tmx(new TmxSettings(null, null, DATE)));
        List<Element> units = elements(doc, "tu");
        // beads [0]:[0], [1,2]:[1], [3]:[2,3], [5]:[5]; the 1-0 and 0-1 beads are not units
        assertThat(units).hasSize(4);
        assertThat(units).allSatisfy(tu -> assertThat(childNames(tu)).isEqualTo("prop prop tuv tuv"));
        List<String> segs = elements(doc, "seg").stream().map(Node::getTextContent).toList();
        assertThat(segs).containsExactly(
                "Tom & Jerry <run> \"fast\".", "汤姆和杰瑞<跑>“快”。",
                // two English sentences joined with a space, forbidden characters gone
                "Bell and feed. Nonchars gone.", "铃声和换页。",
                // a lone surrogate removed; two Chinese sentences joined without a space
                "Lone high.", "第二句。第三句。",
                "Party \uD83D\uDE00 time.", "派对\uD83D\uDE00时间。");
        assertThat(elements(doc, "tuv")).extracting(t -> t.getAttribute("xml:lang"))
                .containsExactly("en-US", "zh-CN", "en-US", "zh-CN", "en-US", "zh-CN", "en-US", "zh-CN");
    }

    @Test
    void propsCarryConfidenceAndBeadType() throws Exception {
        Document doc = TmxValidator.parse(tmx(new TmxSettings(null, null, DATE)));
        List<String> props = elements(doc, "prop").stream()
                .map(p -> p.getAttribute("type") + "=" + p.getTextContent()).toList();
        assertThat(props).containsExactly(
                "x-confidence=0.873", "x-bead=1-1",
                "x-confidence=0.500", "x-bead=2-1",
                "x-confidence=0.000", "x-bead=1-2",
                "x-confidence=1.000", "x-bead=1-1");
    }

    @Test
    void headerHasEveryRequiredAttribute() throws Exception {
        Document doc = TmxValidator.parse(tmx(new TmxSettings("en-GB", "zh-TW", DATE)));
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
        Element header = elements(doc, "header").get(0);
        assertThat(header.getAttribute("creationtool")).isEqualTo("bitext");
        assertThat(header.getAttribute("creationtoolversion")).isEqualTo(TmxStream.CREATION_TOOL_VERSION);
        String pomVersion = System.getProperty("bitext.version");
        if (pomVersion != null) {
            assertThat(TmxStream.CREATION_TOOL_VERSION).as("the POM's version").isEqualTo(pomVersion);
        }
        assertThat(header.getAttribute("segtype")).isEqualTo("sentence");
        assertThat(header.getAttribute("o-tmf")).isEqualTo("bitext");
        assertThat(header.getAttribute("adminlang")).isEqualTo("en-US");
        assertThat(header.getAttribute("srclang")).isEqualTo("en-GB");
        assertThat(header.getAttribute("datatype")).isEqualTo("plaintext");
        assertThat(header.getAttribute("creationdate")).isEqualTo("20240102T030405Z");
        assertThat(elements(doc, "tuv")).extracting(t -> t.getAttribute("xml:lang")).containsOnly("en-GB", "zh-TW");
    }

    @Test
    void startsWithDeclarationAndDoctypeAndIsPrettyPrinted() throws Exception {
        String xml = tmx(new TmxSettings(null, null, DATE));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n  <header ");
        assertThat(xml).contains("\n    <tu>\n      <prop type=\"x-confidence\">")
                .contains("\n        <seg>")
                .endsWith("\n  </body>\n</tmx>\n");
        assertThat(xml.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(300));
    }

    @Test
    void outputIsDeterministicAndIndependentOfTheDefaultLocale() throws Exception {
        String first = tmx(new TmxSettings(null, null, DATE));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(tmx(new TmxSettings(null, null, DATE))).isEqualTo(first);
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(first).contains(">0.873<").doesNotContain("0,873");
    }

    @Test
    void withoutADateTheCurrentTimeIsUsed() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Document doc = TmxValidator.parse(tmx(TmxSettings.defaults()));
        String date = elements(doc, "header").get(0).getAttribute("creationdate");
        assertThat(date).matches("\\d{8}T\\d{6}Z");
        String earliest = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(before);
        assertThat(date).isGreaterThanOrEqualTo(earliest);
    }

    @Test
    void chineseSourceUsesChineseSrclang() throws Exception {
        StringWriter out = new StringWriter();
        AlignmentWriter.of(OutputFormat.TMX).write(Fixtures.chineseEnglish("你好。", "Hello.", 0.5), out);
        Document doc = TmxValidator.parse(out.toString());
        assertThat(elements(doc, "header").get(0).getAttribute("srclang")).isEqualTo("zh-CN");
        assertThat(elements(doc, "tuv")).extracting(t -> t.getAttribute("xml:lang")).containsExactly("zh-CN", "en-US");
    }

    @Test
    void theValidatorItselfRejectsAPropAfterATuv() throws Exception {
        String xml = tmx(new TmxSettings(null, null, DATE));
        TmxValidator.parse(xml);
        String broken = xml.replaceFirst("(?s)(<prop type=\"x-bead\">1-1</prop>)(.*?</tuv>)", "$2$1");
        assertThat(broken).isNotEqualTo(xml);
        assertThatThrownBy(() -> TmxValidator.parse(broken))
                .isInstanceOf(org.opentest4j.AssertionFailedError.class)
                .hasMessageContaining("does not validate");
    }
}
