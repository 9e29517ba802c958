package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.BitextException;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an alignment as an Excel workbook (.xlsx, Office Open XML) with one sheet: a bold, frozen header row
 * {@code source, target, confidence, bead, document}, then one row per bead with its source text, target
 * text, confidence (a number shown with three decimals), bead type ({@code 1-2}) and the document's name. A
 * 1-0 or 0-1 bead has an empty side, as in TSV. Characters that XML forbids are left out (count them
 * beforehand with {@link XmlChars#countForbidden}); a text longer than {@value #MAX_CELL_CHARS} characters,
 * Excel's limit for a cell, is cut to that length (never inside a surrogate pair) and counted; an alignment
 * with more beads than {@value #MAX_ROWS} rows less the header hold is refused.
 *
 * <pre>{@code
 * int cut = XlsxWriter.of("article.txt").write(alignment, Path.of("review.xlsx"));
 * }</pre>
 *
 * <p>Output is deterministic (fixed entry times in the package). Written with the JDK only. Immutable and
 * thread-safe.
 */
public final class XlsxWriter {
    /** The most characters an Excel cell holds. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** The most rows an Excel sheet holds, the header row included. */
    public static final int MAX_ROWS = 1_048_576;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final String[] HEADER = {"source", "target", "confidence", "bead", "document"};
    private static final char[] COLUMNS = {'A', 'B', 'C', 'D', 'E'};
    /** Styles in styles.xml: 1 bold (header), 2 three decimals, 3 wrapped text at the top. */
    private static final int BOLD = 1;
    private static final int DECIMALS = 2;
    private static final int WRAPPED = 3;

    private final String document;
    private final int maxBeads;

    private XlsxWriter(String document, int maxBeads) {
        this.document = XmlChars.clean(document);
        this.maxBeads = maxBeads;
    }

    /**
     * The writer whose rows name {@code document}.
     *
     * @param document the name for the document column (the source file's name), or empty
     * @return a writer of workbooks
     * @throws NullPointerException if {@code document} is null
     */
    public static XlsxWriter of(String document) {
        return new XlsxWriter(Objects.requireNonNull(document, "document"), MAX_ROWS - 1);
    }

    /** A writer refusing more than {@code maxBeads} beads, for tests of the limit. */
    static XlsxWriter withLimit(String document, int maxBeads) {
        return new XlsxWriter(document, maxBeads);
    }

    /**
     * Writes the workbook to {@code out}, which is not closed.
     *
     * @param alignment the alignment to write
     * @param out       where the bytes go; not closed
     * @return how many cells were cut to {@value #MAX_CELL_CHARS} characters
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the alignment has more beads than a sheet holds rows below the
     *                                  header; nothing is written then
     */
    public int write(Alignment alignment, OutputStream out) throws IOException {
        String tooMany = tooMany(alignment);
        if (tooMany != null) {
            throw new IllegalArgumentException(tooMany);
        }
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller closes out
            }
        });
        Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        part(zip, text, "[Content_Types].xml", contentTypes());
        part(zip, text, "_rels/.rels", XML_DECL + "<Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part(zip, text, "xl/workbook.xml", XML_DECL + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS
                + "\"><sheets><sheet name=\"Alignment\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part(zip, text, "xl/_rels/workbook.xml.rels", XML_DECL + "<Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part(zip, text, "xl/styles.xml", styles());
        zip.putNextEntry(entry("xl/worksheets/sheet1.xml"));
        int cut = sheet(alignment, text);
        text.flush();
        zip.closeEntry();
        text.close(); // finishes the package and frees the deflater; out itself stays open
        return cut;
    }

    /**
     * Writes the workbook to {@code file} through {@link AtomicOutput#writeBytes}: a failure leaves the file
     * as it was.
     *
     * @param alignment the alignment to write
     * @param file      the file to create or replace
     * @return how many cells were cut to {@value #MAX_CELL_CHARS} characters
     * @throws BitextException naming {@code file} if the alignment has more beads than a sheet holds rows
     *                         (nothing is written then) or if the file cannot be written
     * @throws NullPointerException if an argument is null
     */
    public int write(Alignment alignment, Path file) {
        Objects.requireNonNull(file, "file");
        String tooMany = tooMany(alignment);
        if (tooMany != null) {
            throw new BitextException(file + ": " + tooMany);
        }
        int[] cut = new int[1];
        AtomicOutput.writeBytes(file, out -> cut[0] = write(alignment, out));
        return cut[0];
    }

    /** Why the alignment does not fit in a sheet, or null when it does. */
    private String tooMany(Alignment alignment) {
        int beads = alignment.beads().size();
        if (beads <= maxBeads) {
            return null;
        }
        return String.format(Locale.ROOT, "%,d units do not fit in an Excel sheet (at most %,d rows below the header)",
                beads, maxBeads);
    }

    private static void part(ZipOutputStream zip, Writer text, String name, String xml) throws IOException {
        zip.putNextEntry(entry(name));
        text.write(xml);
        text.flush();
        zip.closeEntry();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private static String contentTypes() {
        return XML_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPES + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPES + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + TYPES + "styles+xml\"/>"
                + "</Types>";
    }

    private static String styles() {
        return XML_DECL + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.000\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
                + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    /** The sheet, row by row; returns how many cells were cut. */
    private int sheet(Alignment alignment, Writer out) throws IOException {
        int rows = alignment.beads().size() + 1;
        out.write(XML_DECL + "<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1:E" + rows + "\"/>"
                + "<sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
                + "<col min=\"1\" max=\"2\" width=\"60\" customWidth=\"1\"/>"
                + "<col min=\"3\" max=\"3\" width=\"12\" customWidth=\"1\"/>"
                + "<col min=\"4\" max=\"4\" width=\"8\" customWidth=\"1\"/>"
                + "<col min=\"5\" max=\"5\" width=\"" + Math.min(60, Math.max(12, document.length() + 2))
                + "\" customWidth=\"1\"/></cols><sheetData>");
        out.write("<row r=\"1\">");
        for (int c = 0; c < HEADER.length; c++) {
            text(out, c, 1, HEADER[c], BOLD);
        }
        out.write("</row>");
        int cut = 0;
        int row = 1;
        for (Bead bead : alignment.beads()) {
            row++;
            out.write("<row r=\"" + row + "\">");
            cut += text(out, 0, row, alignment.sourceText(bead), WRAPPED);
            cut += text(out, 1, row, alignment.targetText(bead), WRAPPED);
            out.write("<c r=\"C" + row + "\" s=\"" + DECIMALS + "\"><v>" + Formats.confidence(bead.confidence())
                    + "</v></c>");
            text(out, 3, row, bead.type(), 0);
            cut += text(out, 4, row, document, 0);
            out.write("</row>");
        }
        out.write("</sheetData></worksheet>");
        return cut;
    }

    /** An inline-string cell, none for an empty text; returns 1 if the text was cut to fit, else 0. */
    private static int text(Writer out, int column, int row, String value, int style) throws IOException {
        String clean = XmlChars.clean(value);
        if (clean.isEmpty()) {
            return 0;
        }
        int cut = 0;
        if (clean.length() > MAX_CELL_CHARS) {
            int end = Character.isHighSurrogate(clean.charAt(MAX_CELL_CHARS - 1)) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
            clean = clean.substring(0, end);
            cut = 1;
        }
        out.write("<c r=\"" + COLUMNS[column] + row + "\" t=\"inlineStr\"" + (style == 0 ? "" : " s=\"" + style + "\"")
                + "><is><t xml:space=\"preserve\">");
        escape(out, clean);
        out.write("</t></is></c>");
        return cut;
    }

    /** Writes {@code text} with {@code &}, {@code <}, {@code >} and carriage returns as references. */
    private static void escape(Writer out, String text) throws IOException {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String ref = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                default -> null;
            };
            if (ref != null) {
                out.write(text, from, i - from);
                out.write(ref);
                from = i + 1;
            }
        }
        out.write(text, from, text.length() - from);
    }
}
