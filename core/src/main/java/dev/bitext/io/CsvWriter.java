package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import java.io.IOException;
import java.io.Writer;

/**
 * CSV for spreadsheets (RFC 4180): a byte order mark, the header row {@value #HEADER}, then per bead its
 * source text, target text, confidence (three decimals), bead type and the document's name; CRLF line ends.
 * A field holding a comma, a quote or a line break is quoted, its quotes doubled; a lone surrogate becomes
 * U+FFFD (count them beforehand with {@link Surrogates#countUnpaired}); a 1-0 or 0-1 bead has an empty side.
 *
 * <p>Immutable and thread-safe.
 */
final class CsvWriter implements AlignmentWriter {
    /** The header row. */
    static final String HEADER = "source,target,confidence,bead,document";

    private static final String CRLF = "\r\n";

    private final String document;

    /** A writer whose rows name {@code document} (may be empty). */
    CsvWriter(String document) {
        this.document = field(document);
    }

    @Override
    public void write(Alignment alignment, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(HEADER);
        out.write(CRLF);
        for (Bead bead : alignment.beads()) {
            out.write(field(alignment.sourceText(bead)));
            out.write(',');
            out.write(field(alignment.targetText(bead)));
            out.write(',');
            out.write(Formats.confidence(bead.confidence()));
            out.write(',');
            out.write(bead.type());
            out.write(',');
            out.write(document);
            out.write(CRLF);
        }
        out.flush();
    }

    /** {@code text} as one CSV field: quoted when it holds a comma, a quote or a line break. */
    static String field(String text) {
        String clean = Surrogates.replaceUnpaired(text);
        if (clean.indexOf(',') < 0 && clean.indexOf('"') < 0 && clean.indexOf('\n') < 0
                && clean.indexOf('\r') < 0) {
            return clean;
        }
        return '"' + clean.replace("\"", "\"\"") + '"';
    }
}
