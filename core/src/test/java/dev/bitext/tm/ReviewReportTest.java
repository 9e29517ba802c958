package dev.bitext.tm;

import static dev.bitext.tm.ReportFixtures.parse;
import static dev.bitext.tm.ReportFixtures.select;
import static dev.bitext.tm.ReportFixtures.small;
import static dev.bitext.tm.ReportFixtures.value;
import static dev.bitext.tm.ReportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReviewReportTest {
    @Test
    void isWellFormedSelfContainedAndEscapesTitleAndNames() throws Exception {
        String html = write("Review <1> & \"2\"", small());
        var dom = parse(html);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(value(dom, "/html/head/title")).isEqualTo("Review <1> & \"2\"");
        assertThat(value(dom, "//section/h2")).isEqualTo("doc 0 <&>");
        assertThat(html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")).doesNotContain("<b>").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("http:").doesNotContain("https:").doesNotContain("@import");
        assertThat(value(dom, "normalize-space(/html/head/style)")).contains(".hidden");
        assertThat(value(dom, "/html/body/script")).contains("data-c").contains("location.hash");
        assertThat(select(dom, "//input[@id='min' and @type='range']").getLength()).isEqualTo(1);
        assertThat(select(dom, "//input[@id='only-out' and @type='checkbox']").getLength()).isEqualTo(1);
        assertThat(select(dom, "//input[@id='only-unaligned' and @type='checkbox']").getLength()).isEqualTo(1);
    }

    @Test
    void rowsFollowTheBeadsWithJoinedTextsAndEscaping() throws Exception {
        Alignment alignment = small();
        var dom = parse(write("t", alignment));
        NodeList rows = select(dom, "//tbody/tr");
        assertThat(rows.getLength()).isEqualTo(alignment.beads().size());
        assertThat(cell(rows, 0, 2)).isEqualTo("Tom & Jerry <b>said</b> \"hi\" and 'bye'.");
        assertThat(cell(rows, 0, 3)).isEqualTo("汤姆和杰瑞说你好。");
        assertThat(cell(rows, 1, 2)).as("English sentences joined with a space").isEqualTo("First half. Second half.");
        assertThat(cell(rows, 4, 3)).as("Chinese sentences joined without").isEqualTo("最后一句。");
        assertThat(cell(rows, 2, 2)).as("a forbidden control character").isEqualTo("A lonely\uFFFD sentence.");
        for (int k = 0; k < rows.getLength(); k++) {
            Element row = (Element) rows.item(k);
            double confidence = alignment.beads().get(k).confidence();
            assertThat(Double.parseDouble(row.getAttribute("data-c"))).isEqualTo(confidence);
            assertThat(row.getAttribute("class")).startsWith(ConfidenceBand.of(confidence).cssClass());
            assertThat(cell(rows, k, 1)).isEqualTo(String.valueOf(k + 1));
        }
        assertThat(((Element) rows.item(0)).getAttribute("class")).isEqualTo("hi");
        assertThat(((Element) rows.item(1)).getAttribute("class")).isEqualTo("mid");
    }

    @Test
    void marksUnalignedBeadsAndUnitsLeftOut() throws Exception {
        var dom = parse(write("t", small()));
        NodeList rows = select(dom, "//tbody/tr");
        List<FilterReason> verdicts = ReportFixtures.smallVerdicts();
        for (int k = 0; k < rows.getLength(); k++) {
            Element row = (Element) rows.item(k);
            Bead bead = small().beads().get(k);
            boolean unaligned = bead.source().isEmpty() || bead.target().isEmpty();
            List<String> classes = List.of(row.getAttribute("class").split(" "));
            assertThat(classes.contains("u")).as("row %d unaligned", k).isEqualTo(unaligned);
            assertThat(classes.contains("x")).as("row %d left out", k).isEqualTo(verdicts.get(k) != null);
            assertThat(select(dom, "//tbody/tr[" + (k + 1) + "]/td[@class='none']").getLength())
                    .isEqualTo(unaligned ? 1 : 0);
            String status = cell(rows, k, 5);
            assertThat(status).startsWith(bead.type());
            if (verdicts.get(k) != null) {
                assertThat(row.getAttribute("data-out")).isEqualTo(verdicts.get(k).name());
                assertThat(status).contains("left out: " + verdicts.get(k).name());
            } else {
                assertThat(row.hasAttribute("data-out")).isFalse();
                assertThat(status).doesNotContain("left out");
            }
        }
        assertThat(cell(rows, 2, 3)).isEqualTo("no counterpart");
        assertThat(cell(rows, 3, 2)).isEqualTo("no counterpart");
    }

    @Test
    void longDocumentsComeInBlocksOfRowsWithOneHeader() throws Exception {
        int n = 1000;
        List<String> en = new java.util.ArrayList<>();
        List<String> zh = new java.util.ArrayList<>();
        List<Bead> beads = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            en.add("Sentence " + k + ".");
            zh.add("第" + k + "句。");
            beads.add(Bead.of(k, 1, k, 1, 0.9));
        }
        Alignment long1 = new Alignment(dev.bitext.Document.ofLines(dev.bitext.Language.ENGLISH, en),
                dev.bitext.Document.ofLines(dev.bitext.Language.CHINESE, zh), beads);
        var dom = parse(write("t", long1));
        assertThat(select(dom, "//section/div[@class='rows']/table").getLength()).isEqualTo(3); // 400 + 400 + 200
        assertThat(select(dom, "//thead").getLength()).isEqualTo(1);
        NodeList rows = select(dom, "//section/div[@class='rows']/table/tbody/tr");
        assertThat(rows.getLength()).isEqualTo(n);
        for (int k = 0; k < n; k += 137) {
            assertThat(cell(rows, k, 1)).isEqualTo(String.valueOf(k + 1));
            assertThat(cell(rows, k, 2)).isEqualTo("Sentence " + k + ".");
        }
    }

    @Test
    void headingsAndTotalsCount() throws Exception {
        Alignment keptOnly = new Alignment(small().source(), small().target(),
                List.of(Bead.of(0, 5, 0, 5, 0.5)));
        var dom = parse(write("t", small(), keptOnly));
        assertThat(select(dom, "//section").getLength()).isEqualTo(2);
        assertThat(value(dom, "//section[1]/p[@class='counts']")).isEqualTo("5 beads, 5 English and 5 Chinese "
                + "sentences, 2 unaligned, 2 kept, 3 left out (UNPAIRED 2, LOW_CONFIDENCE 1)");
        assertThat(value(dom, "//section[2]/p[@class='counts']"))
                .isEqualTo("1 beads, 5 English and 5 Chinese sentences, 0 unaligned, 1 kept, 0 left out");
        assertThat(value(dom, "//section[2]/h2")).isEqualTo("doc 1 <&>");
        assertThat(value(dom, "//footer")).isEqualTo("2 documents, 6 beads, 2 unaligned, 3 left out of the TM");
        assertThat(value(dom, "//section[1]//th[2]")).isEqualTo("English");
        assertThat(value(dom, "//section[1]//th[3]")).isEqualTo("Chinese");
    }

    @Test
    void confidenceIsTruncatedSoTheFilterNeverShowsARowBelowTheMinimum() {
        assertThat(ReviewReport.truncated(0.8999, 2)).isEqualTo("0.89");
        assertThat(ReviewReport.truncated(0.29, 2)).isEqualTo("0.29");
        assertThat(ReviewReport.truncated(1.0, 4)).isEqualTo("1.0000");
        assertThat(ReviewReport.truncated(0.0, 4)).isEqualTo("0.0000");
        assertThat(ReviewReport.truncated(1e-9, 4)).isEqualTo("0.0000");
    }

    @Test
    void scriptDecodesTheAddressOnlyInsideATryBlock() {
        // decodeURIComponent throws a URIError on text such as #min=%E0, which would stop the script (and the
        // filter) on load; its one call must be guarded (ReviewReportBrowserTest runs it in a browser).
        String js = ReportAssets.JS;
        int call = js.indexOf("decodeURIComponent(");
        assertThat(call).isPositive();
        assertThat(js.indexOf("decodeURIComponent(", call + 1)).as("a second call").isNegative();
        assertThat(js.lastIndexOf("try {", call)).as("a try block opened right before the call")
                .isGreaterThan(js.lastIndexOf('}', call));
    }

    @Test
    void escapingReplacesWhatXmlAndHtmlForbid() {
        assertThat(HtmlText.escape("plain 中文 \uD83D\uDE00")).isEqualTo("plain 中文 \uD83D\uDE00");
        assertThat(HtmlText.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assertThat(HtmlText.escape("\u0000\u0008\t\n\u007F\u0085\uFDD0\uFFFE\uD800x\uDC00"))
                .isEqualTo("\uFFFD\uFFFD\t\n\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD".replace("x", "\uFFFDx"));
    }

    @Test
    void rejectsMismatchedVerdictsAndUseAfterClose() throws Exception {
        StringWriter out = new StringWriter();
        ReviewReport report = ReviewReport.open(out, "t");
        List<FilterReason> tooFew = new ArrayList<>(ReportFixtures.smallVerdicts().subList(0, 2));
        assertThatThrownBy(() -> report.add("d", small(), tooFew)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 for 5 beads");
        report.close();
        String closed = out.toString();
        report.close();
        assertThat(out.toString()).as("a second close writes nothing").isEqualTo(closed);
        assertThatThrownBy(() -> report.add("d", small(), ReportFixtures.smallVerdicts()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String cell(NodeList rows, int row, int column) {
        return ((Element) rows.item(row)).getElementsByTagName("td").item(column - 1).getTextContent();
    }
}
