package dev.bitext.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Aligner;
import dev.bitext.Alignment;
import dev.bitext.BitextException;
import dev.bitext.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** Each block as {@code KIND path: text}. */
    static List<String> describe(StructuredText st) {
        return st.blocks().stream()
                .map(b -> b.kind() + " " + b.path() + ": " + st.text().substring(b.start(), b.end()))
                .toList();
    }

    private static byte[] save(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    @Test
    void poiDocumentWithHeadingsListTableAndFootnote() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "Title", "Annual Report");
        paragraph(doc, "Heading1", "Introduction");
        XWPFParagraph body = doc.createParagraph();
        body.createRun().setText("The first paragraph.\tIt has a tab.");
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText("A note at the foot.");
        body.addFootnoteReference(note);
        for (String item : List.of("First item", "Second item")) {
            XWPFParagraph li = doc.createParagraph();
            li.setNumID(BigInteger.ONE);
            li.createRun().setText(item);
        }
        XWPFTable table = doc.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Name");
        table.getRow(0).getCell(1).setText("Value");
        XWPFTableCell cell = table.getRow(1).getCell(0);
        cell.setText("Line one");
        cell.addParagraph().createRun().setText("Line two");
        table.getRow(1).getCell(1).setText("42");
        paragraph(doc, "Caption", "Table 1: figures");
        XWPFParagraph br = doc.createParagraph();
        br.createRun().setText("Before break");
        br.getRuns().get(0).addBreak();
        br.getRuns().get(0).setText("after break");

        StructuredText st = DocxReader.read(save(doc), "report.docx");

        assertThat(st.format()).isEqualTo(InputFormat.DOCX);
        assertThat(describe(st)).containsExactly(
                "HEADING document/p[1]: Annual Report",
                "HEADING document/p[2]: Introduction",
                "PARAGRAPH document/p[3]: The first paragraph. It has a tab.",
                "LIST_ITEM document/p[4]: First item",
                "LIST_ITEM document/p[5]: Second item",
                "TABLE_CELL document/tbl[1]/tr[1]/tc[1]: Name",
                "TABLE_CELL document/tbl[1]/tr[1]/tc[2]: Value",
                "TABLE_CELL document/tbl[1]/tr[2]/tc[1]: Line one\nLine two",
                "TABLE_CELL document/tbl[1]/tr[2]/tc[2]: 42",
                "CAPTION document/p[6]: Table 1: figures",
                "PARAGRAPH document/p[7]: Before break\nafter break",
                "FOOTNOTE footnotes/footnote[" + note.getId() + "]: A note at the foot.");
    }

    private static final String STYLES = "<w:styles " + W + ">"
            + "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"MyHead\"><w:name w:val=\"My head\"/>"
            + "<w:basedOn w:val=\"berschrift1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Bullets\"><w:name w:val=\"Bullets\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
            + "</w:styles>";

    private static final String FOOTNOTES = "<w:footnotes " + W + ">"
            + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:t>--</w:t></w:r></w:p>"
            + "</w:footnote>"
            + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> See the "
            + "annex.</w:t></w:r></w:p></w:footnote></w:footnotes>";

    private static byte[] handWritten(String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"/>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document " + W + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<w:body>" + body + "<w:sectPr/></w:body></w:document>");
        parts.put("word/styles.xml", STYLES);
        parts.put("word/footnotes.xml", FOOTNOTES);
        return Zips.zip(parts);
    }

    private static String p(String inner) {
        return "<w:p>" + inner + "</w:p>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    @Test
    void handWrittenTrackedChangesFieldsStylesAndFootnote() {
        String body = "<w:p><w:pPr><w:pStyle w:val=\"berschrift1\"/><w:pPrChange><w:pPr><w:pStyle w:val=\"Bullets\"/>"
                + "</w:pPr></w:pPrChange></w:pPr>" + run("Überblick") + "</w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"MyHead\"/></w:pPr>" + run("Based on a heading") + "</w:p>"
                + p(run("The cat ")
                + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>sat</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>slept</w:t></w:r></w:ins>"
                + run(" on page ")
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("7")
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t> moved away</w:t></w:r></w:moveFrom>"
                + "<w:r><w:t>.</w:t><w:footnoteReference w:id=\"1\"/></w:r>"
                + "<w:moveTo w:id=\"4\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\"> Moved here.</w:t></w:r>"
                + "</w:moveTo>")
                + "<w:p><w:pPr><w:pStyle w:val=\"Bullets\"/></w:pPr>" + run("A bullet by its style") + "</w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Bullets\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
                + run("Numbering turned off") + "</w:p>"
                + p("<w:r><w:t>well</w:t><w:noBreakHyphen/><w:t>known</w:t><w:sym w:font=\"Wingdings\" w:char=\"F04A\"/>"
                + "</w:r><w:r><w:tab/></w:r><w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>"
                + "<w:fldSimple w:instr=\" DATE \">" + run(" 2026") + "</w:fldSimple>")
                + p("") // empty paragraph: counted, no block
                + "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" + p(run("In a control"))
                + "</w:sdtContent></w:sdt>"
                + p(run("Anchor") + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                + "<w:txbxContent>" + p(run("Boxed text")) + "</w:txbxContent></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><w:txbxContent>" + p(run("Boxed text")) + "</w:txbxContent></w:pict>"
                + "</mc:Fallback></mc:AlternateContent></w:r>")
                + "<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>" + p(run("Outer")) + "<w:tbl><w:tr><w:tc>"
                + p(run("Inner")) + "</w:tc></w:tr></w:tbl>" + p("") + "</w:tc><w:tc>" + p(run("Second"))
                + "</w:tc></w:tr></w:tbl>"
                + "<w:tbl><w:tr><w:tc>" + p(run("Table two")) + "</w:tc></w:tr></w:tbl>";

        StructuredText st = DocxReader.read(handWritten(body), "changes.docx");

        assertThat(describe(st)).containsExactly(
                "HEADING document/p[1]: Überblick",
                "HEADING document/p[2]: Based on a heading",
                "PARAGRAPH document/p[3]: The cat slept on page 7. Moved here.",
                "LIST_ITEM document/p[4]: A bullet by its style",
                "PARAGRAPH document/p[5]: Numbering turned off",
                "PARAGRAPH document/p[6]: well-known link 2026",
                "PARAGRAPH document/p[8]: In a control",
                "PARAGRAPH document/p[9]: Anchor",
                "PARAGRAPH document/p[9]/txbx/p[1]: Boxed text",
                "TABLE_CELL document/tbl[1]/tr[1]/tc[1]: Outer",
                "TABLE_CELL document/tbl[1]/tr[1]/tc[1]/tbl[1]/tr[1]/tc[1]: Inner",
                "TABLE_CELL document/tbl[1]/tr[1]/tc[2]: Second",
                "TABLE_CELL document/tbl[2]/tr[1]/tc[1]: Table two",
                "FOOTNOTE footnotes/footnote[1]: See the annex.");
    }

    @Test
    void withoutStylesPartTheStyleIdsDecide() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", "<w:document " + W + "><w:body>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>" + run("Head") + "</w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>" + run("Body") + "</w:p>"
                + "</w:body></w:document>");
        assertThat(describe(DocxReader.read(Zips.zip(parts), "a.docx")))
                .containsExactly("HEADING document/p[1]: Head", "PARAGRAPH document/p[2]: Body");
    }

    @Test
    void englishAndChineseDocxAlignLikeTheSameTextAsPlainText() throws IOException {
        List<String> en = List.of("Chapter One",
                "The river rose in the night. By morning the village was under water.",
                "Nobody was hurt. The school opened its doors to the families.",
                "Help came on the third day.");
        List<String> zh = List.of("第一章", "夜里河水上涨。到了早上，村子已被水淹没。",
                "没有人受伤。学校向这些家庭敞开了大门。", "第三天救援到了。");
        StructuredText enDoc = DocxReader.read(docx(en), "en.docx");
        StructuredText zhDoc = DocxReader.read(docx(zh), "zh.docx");
        Aligner aligner = Aligner.create();

        Alignment fromDocx = aligner.align(enDoc.segment(Language.ENGLISH), zhDoc.segment(Language.CHINESE));
        Alignment fromText = aligner.align(String.join("\n\n", en), Language.ENGLISH,
                String.join("\n\n", zh), Language.CHINESE);

        assertThat(enDoc.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(fromDocx.beads()).isEqualTo(fromText.beads());
        assertThat(fromDocx.source().sentences()).hasSize(6);
    }

    private static byte[] docx(List<String> paragraphs) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "Heading1", paragraphs.get(0));
        paragraphs.subList(1, paragraphs.size()).forEach(t -> paragraph(doc, null, t));
        return save(doc);
    }

    @Test
    void notAZipArchive() {
        assertThatThrownBy(() -> DocxReader.read("plain text, not a zip".getBytes(), "notes.docx"))
                .isInstanceOf(BitextException.class)
                .hasMessage("notes.docx: not a DOCX file (not a ZIP archive)");
    }

    @Test
    void truncatedArchive() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, null, "x".repeat(20_000));
        byte[] whole = save(doc);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> DocxReader.read(cut, "cut.docx"))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith("cut.docx: not a DOCX file (damaged ZIP archive: ");
    }

    @Test
    void encryptedOrLegacyWordFile() {
        byte[] cfb = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> DocxReader.read(cfb, "secret.docx"))
                .isInstanceOf(BitextException.class)
                .hasMessage("secret.docx: encrypted or a legacy .doc file; save it as .docx");
    }

    @Test
    void archiveWithoutDocumentPart() {
        byte[] zip = Zips.zip(Map.of("hello.txt", "hi"));
        assertThatThrownBy(() -> DocxReader.read(zip, "other.docx"))
                .isInstanceOf(BitextException.class)
                .hasMessage("other.docx: not a DOCX file (no word/document.xml in the archive)");
    }

    @Test
    void malformedXmlSaysWhere() {
        byte[] zip = Zips.zip(Map.of("word/document.xml", "<w:document " + W + ">\n<w:body><w:p></w:body>"));
        assertThatThrownBy(() -> DocxReader.read(zip, "bad.docx"))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith("bad.docx: word/document.xml: not well-formed XML at line 2, column ");
    }

    @Test
    void doctypeIsRefused() {
        byte[] zip = Zips.zip(Map.of("word/document.xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document " + W + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"));
        assertThatThrownBy(() -> DocxReader.read(zip, "xxe.docx"))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith("xxe.docx: word/document.xml: not well-formed XML");
    }

    @Test
    void zipBombIsRefused() {
        byte[] zip = Zips.zip(Map.of("word/document.xml", "<w:document " + W + ">" + " ".repeat(5000)
                + "</w:document>"));
        assertThatThrownBy(() -> DocxReader.read(zip, "bomb.docx", 4096, 10))
                .isInstanceOf(BitextException.class)
                .hasMessage("bomb.docx: word/document.xml unpacks to more than 4096 bytes; refusing it "
                        + "(a damaged file or a zip bomb)");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("x" + i, "");
        }
        assertThatThrownBy(() -> DocxReader.read(Zips.zip(many), "many.docx", 4096, 10))
                .isInstanceOf(BitextException.class)
                .hasMessage("many.docx: more than 10 entries in the archive; refusing it");
    }
}
