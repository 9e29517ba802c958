package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One line per bead, after a header row {@value #HEADER} only if asked for: source text, target text, confidence (three decimals), bead type, separated
 * by tabs. Tabs and line breaks inside a text become spaces, a lone surrogate becomes U+FFFD (so that the
 * text can be encoded; count them beforehand with {@link Surrogates#countUnpaired}); a 1-0 or 0-1 bead has
 * an empty side.
 *
 * <p>Immutable and thread-safe.
 */
final class TsvWriter implements AlignmentWriter {
    /** Tab, line feed, vertical tab, form feed, carriage return, NEL, line and paragraph separators. */
    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]");

    /** The header row's fields, the columns' names. */
    static final String HEADER = "source\ttarget\tconfidence\tbead";

    private final boolean header;
    private final Predicate<Bead> manual;

    /** A writer that writes the header row first when {@code header} is true. */
    TsvWriter(boolean header) {
        this(header, bead -> false);
    }

    /** As {@link #TsvWriter(boolean)}; the confidence of a bead {@code manual} accepts is the word {@code manual}. */
    TsvWriter(boolean header, Predicate<Bead> manual) {
        this.header = header;
        this.manual = Objects.requireNonNull(manual, "manual");
    }

    @Override
    public void write(Alignment alignment, Writer out) throws IOException {
        if (header) {
            out.write(HEADER);
            out.write('\n');
        }
        for (Bead bead : alignment.beads()) {
            out.write(field(alignment.sourceText(bead)));
            out.write('\t');
            out.write(field(alignment.targetText(bead)));
            out.write('\t');
            out.write(manual.test(bead) ? "manual" : Formats.confidence(bead.confidence()));
            out.write('\t');
            out.write(bead.type());
            out.write('\n');
        }
        out.flush();
    }

    /** {@code text} with every tab or line break replaced by a space and every lone surrogate by U+FFFD. */
    static String field(String text) {
        return Surrogates.replaceUnpaired(BREAKS.matcher(text).replaceAll(" "));
    }
}
