package dev.bitext.tm;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Hand-made alignments and helpers to write and parse review reports in tests. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    /**
     * Five beads: 1-1 (0.95, kept), 2-1 (0.7, kept), 1-0 (0.3, UNPAIRED), 0-1 (0.2, UNPAIRED),
     * 1-2 (0.45, LOW_CONFIDENCE); English text with markup characters and a control character.
     */
    static Alignment small() {
        Document en = Document.ofLines(Language.ENGLISH, List.of(
                "Tom & Jerry <b>said</b> \"hi\" and 'bye'.", "First half.", "Second half.",
                "A lonely\u0001 sentence.", "Last one."));
        Document zh = Document.ofLines(Language.CHINESE, List.of(
                "汤姆和杰瑞说你好。", "两半合一。", "孤零零的中文句子。", "最后", "一句。"));
        return new Alignment(en, zh, List.of(
                Bead.of(0, 1, 0, 1, 0.95), Bead.of(1, 2, 1, 1, 0.7), Bead.of(3, 1, 2, 0, 0.3),
                Bead.of(4, 0, 2, 1, 0.2), Bead.of(4, 1, 3, 2, 0.45)));
    }

    /** The verdicts that go with {@link #small()}. */
    static List<FilterReason> smallVerdicts() {
        return Arrays.asList(null, null, FilterReason.UNPAIRED, FilterReason.UNPAIRED, FilterReason.LOW_CONFIDENCE);
    }

    /**
     * A report with the given documents, named {@code "doc N <&>"}, as a string: {@link #small()} gets
     * {@link #smallVerdicts()}, any other alignment keeps every bead.
     */
    static String write(String title, Alignment... alignments) throws Exception {
        StringWriter out = new StringWriter();
        try (ReviewReport report = ReviewReport.open(out, title)) {
            for (int i = 0; i < alignments.length; i++) {
                report.add("doc " + i + " <&>", alignments[i], verdictsFor(alignments[i]));
            }
        }
        return out.toString();
    }

    private static List<FilterReason> verdictsFor(Alignment alignment) {
        return alignment.beads().size() == small().beads().size() ? smallVerdicts() : Arrays.asList(new FilterReason[alignment.beads().size()]);
    }

    /** Parses the report as XML (it is XHTML-compatible); fails the test when it is not well-formed. */
    static org.w3c.dom.Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /** Nodes matching an XPath expression. */
    static NodeList select(org.w3c.dom.Document dom, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, dom, XPathConstants.NODESET);
    }

    /** The string value of an XPath expression. */
    static String value(org.w3c.dom.Document dom, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, dom);
    }
}
