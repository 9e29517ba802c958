package dev.bitext.tm;

import static dev.bitext.tm.HtmlText.escape;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Language;
import dev.bitext.io.TmxSettings;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A review report: one self-contained HTML file (inline style and script, no external resources) showing
 * each document's beads as rows with the source and target text side by side, coloured by confidence,
 * unaligned sentences (1-0 and 0-1 beads) and units left out of the TM marked, and a filter by minimum
 * confidence at the top. The page reads {@code #min=0.9}, {@code out=1} (only units left out) and
 * {@code unaligned=1} (only unaligned beads), joined by {@code &}, from its address on load.
 *
 * <p>The page is also an editor: a person can merge, split, move, unlink and link beads, mark them checked,
 * undo and redo, and export the corrected TMX, one ladder per document and TSV, all in the browser, with no
 * server. Each document carries its sentences and beads as a JSON block for that; the TMX export writes the
 * units as {@link dev.bitext.io.TmxStream} does, with the {@link TmxSettings} given to {@link #open(Writer,
 * String, TmxSettings)}. The edits are kept in the browser's local storage under a SHA-256 of the data.
 *
 * <p>The report is streamed: {@link #open} writes the head, every {@link #add} writes one document, and
 * {@link #close} writes the script and the end; memory use does not grow with the number of documents.
 * The markup is also well-formed XML. The writer must encode UTF-8 (the page declares that charset).
 *
 * <p>Not thread-safe: call from one thread, or synchronise.
 */
public final class ReviewReport implements Closeable {
    /** Rows per table block: long documents load and filter fast when off-screen blocks are skipped. */
    private static final int ROWS_PER_BLOCK = 400;
    private final Writer out;
    private final EditorData data;
    private int documents;
    private long beads;
    private long unaligned;
    private long leftOut;
    private boolean closed;

    private ReviewReport(Writer out, TmxSettings settings) {
        this.out = out;
        this.data = new EditorData(settings);
    }

    /**
     * Starts a report: writes the page head, the filter controls and the legend to {@code out}.
     *
     * @param out   where the HTML goes (UTF-8); not closed by {@link #close}
     * @param title the page title and heading
     * @return the report, to add documents to and close
     * @throws IOException when writing fails
     */
    public static ReviewReport open(Writer out, String title) throws IOException {
        return open(out, title, TmxSettings.defaults());
    }

    /**
     * Starts a report whose editor exports TMX with {@code settings}' language tags (and creation date, when
     * set; else the time of the export), as the run's own TMX: writes the page head, the controls and the
     * legend to {@code out}.
     *
     * @param out      where the HTML goes (UTF-8); not closed by {@link #close}
     * @param title    the page title and heading
     * @param settings the TMX settings of the run the report shows
     * @return the report, to add documents to and close
     * @throws IOException when writing fails
     */
    public static ReviewReport open(Writer out, String title, TmxSettings settings) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(settings, "settings");
        ReviewReport report = new ReviewReport(out, settings);
        report.writeHead(escape(title));
        return report;
    }

    /**
     * Appends one document: a heading with its name and counts, then one row per bead in order.
     *
     * @param documentName the document's name as shown to the reader
     * @param alignment    the document's alignment
     * @param verdicts     {@code verdicts.get(k)} is why bead k was left out of the TM, or null when it was kept;
     *                     the same size as {@code alignment.beads()}
     * @throws IllegalArgumentException when the verdicts do not match the beads
     * @throws IllegalStateException    after {@link #close}
     * @throws IOException              when writing fails
     */
    public void add(String documentName, Alignment alignment, List<FilterReason> verdicts) throws IOException {
        Objects.requireNonNull(documentName, "documentName");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(verdicts, "verdicts");
        if (closed) {
            throw new IllegalStateException("the review report is closed");
        }
        if (verdicts.size() != alignment.beads().size()) {
            throw new IllegalArgumentException("verdicts: " + verdicts.size() + " for "
                    + alignment.beads().size() + " beads");
        }
        DocumentCounts counts = DocumentCounts.of(alignment, verdicts);
        documents++;
        beads += counts.beads();
        unaligned += counts.unaligned();
        leftOut += counts.leftOut();
        writeDocumentHead(escape(documentName), alignment, counts);
        StringBuilder row = new StringBuilder(256);
        for (int k = 0; k < alignment.beads().size(); k++) {
            if (k > 0 && k % ROWS_PER_BLOCK == 0) {
                out.write("</tbody></table></div>\n");
                openBlock(alignment, false);
            }
            row.setLength(0);
            appendRow(row, k, alignment, verdicts.get(k));
            out.write(row.toString());
        }
        out.write("</tbody></table></div>\n<script type=\"application/json\" class=\"bitext-data\">"
                + data.document(documentName, alignment, verdicts) + "</script>\n</section>\n");
    }

    /**
     * Writes the totals, the script and the end of the page, and flushes; does not close the writer.
     * Calling it again does nothing.
     *
     * @throws IOException when writing fails
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.write("</main>\n<footer><p class=\"counts\" id=\"totals\">" + documents + " documents, " + beads
                + " beads, " + unaligned + " unaligned, " + leftOut + " left out of the TM</p></footer>\n"
                + "<div hidden=\"hidden\"><script type=\"application/json\" id=\"bitext-meta\">" + data.meta()
                + "</script></div>\n");
        out.write("<script>//<![CDATA[\n" + ReportAssets.JS + "//]]></script>\n</body>\n</html>\n");
        out.flush();
    }

    private void writeHead(String title) throws IOException {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"bitext\"/>\n")
                .append("<title>").append(title).append("</title>\n")
                .append("<style>/*<![CDATA[*/\n").append(ReportAssets.CSS).append("/*]]>*/</style>\n</head>\n")
                .append("<body>\n<div class=\"controls\">\n<h1>").append(title).append("</h1>\n")
                .append("<label>Minimum confidence <input type=\"range\" id=\"min\" min=\"0\" max=\"1\" ")
                .append("step=\"0.01\" value=\"0\"/> <output id=\"min-value\">0.00</output></label>\n")
                .append("<label><input type=\"checkbox\" id=\"only-out\"/> only units left out of the TM</label>\n")
                .append("<label><input type=\"checkbox\" id=\"only-unaligned\"/> only unaligned (1-0, 0-1)</label>\n")
                .append("<span id=\"shown\"></span>\n<div class=\"legend\">Legend: ");
        for (ConfidenceBand band : ConfidenceBand.values()) {
            sb.append("<span class=\"").append(band.cssClass()).append("\">").append(escape(band.label()))
                    .append("</span>");
        }
        sb.append("<span class=\"u\">unaligned: no counterpart</span>")
                .append("<span class=\"x\">left out of the TM: reason</span></div>\n</div>\n<main>\n");
        out.write(sb.toString());
    }

    private void writeDocumentHead(String name, Alignment alignment, DocumentCounts counts) throws IOException {
        String reasons = counts.reasons();
        out.write("<section class=\"doc\" id=\"doc-" + documents + "\">\n<h2>" + name + "</h2>\n"
                + "<p class=\"counts\">" + counts.beads() + " beads, "
                + counts.sourceSentences() + " " + languageName(alignment.source().language()) + " and "
                + counts.targetSentences() + " " + languageName(alignment.target().language()) + " sentences, "
                + counts.unaligned() + " unaligned, "
                + (counts.beads() - counts.leftOut()) + " kept, " + counts.leftOut() + " left out"
                + (reasons.isEmpty() ? "" : " (" + reasons + ")") + "</p>\n");
        openBlock(alignment, true);
    }

    /**
     * Opens a block of at most {@link #ROWS_PER_BLOCK} rows: a table of its own (same fixed columns), which
     * the browser neither lays out nor paints while it is off screen; the first block has the header.
     */
    private void openBlock(Alignment alignment, boolean header) throws IOException {
        out.write("<div class=\"rows\"><table>\n<colgroup><col class=\"n\"/><col/><col/><col class=\"c\"/>"
                + "<col class=\"s\"/></colgroup>\n"
                + (header ? "<thead><tr><th>#</th><th>" + languageName(alignment.source().language()) + "</th><th>"
                + languageName(alignment.target().language()) + "</th><th>Conf.</th><th>Bead, TM</th></tr></thead>\n"
                : "")
                + "<tbody>\n");
    }

    private static void appendRow(StringBuilder row, int k, Alignment alignment, FilterReason verdict) {
        Bead bead = alignment.beads().get(k);
        boolean isUnaligned = bead.source().isEmpty() || bead.target().isEmpty();
        row.append("<tr class=\"").append(ConfidenceBand.of(bead.confidence()).cssClass())
                .append(isUnaligned ? " u" : "").append(verdict != null ? " x" : "")
                .append("\" data-c=\"").append(truncated(bead.confidence(), 4)).append('"');
        if (verdict != null) {
            row.append(" data-out=\"").append(verdict.name()).append('"');
        }
        row.append("><td class=\"num\">").append(k + 1).append("</td>");
        appendText(row, alignment.sourceText(bead), alignment.source().language());
        appendText(row, alignment.targetText(bead), alignment.target().language());
        row.append("<td class=\"conf\">").append(truncated(bead.confidence(), 2))
                .append("</td><td class=\"status\">").append(bead.type()).append(isUnaligned ? " unaligned" : "");
        if (verdict != null) {
            row.append("<br/>left out: ").append(verdict.name());
        }
        row.append("</td></tr>\n");
    }

    /**
     * A confidence with {@code decimals} decimals, truncated rather than rounded (0.8999 is "0.89", not "0.90"),
     * so that a row kept by the page's filter at m really has a confidence of at least m.
     */
    static String truncated(double confidence, int decimals) {
        return new BigDecimal(Double.toString(confidence)).setScale(decimals, RoundingMode.FLOOR).toPlainString();
    }

    private static void appendText(StringBuilder row, String text, Language language) {
        if (text.isEmpty()) {
            row.append("<td class=\"none\">no counterpart</td>");
        } else {
            row.append("<td class=\"text\" lang=\"").append(language.code()).append("\">").append(escape(text))
                    .append("</td>");
        }
    }

    private static String languageName(Language language) {
        return language == Language.ENGLISH ? "English" : "Chinese";
    }
}
