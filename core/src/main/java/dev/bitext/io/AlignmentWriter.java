package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Sentence;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes an alignment in one format. Implementations are immutable and thread-safe; the
 * {@link Writer} passed in is flushed but not closed. Output is deterministic: the same alignment (and, for
 * TMX, the same creation date) always gives the same text, with {@code '\n'} line ends.
 *
 * <ul>
 *   <li>{@link #tmx(TmxSettings)}: a TMX 1.4b document, see {@link TmxStream}.
 *   <li>{@link #tsv()}: source text, target text, confidence, bead type per line.
 *   <li>{@link #ladder()}: {@code [0,1]:[0]} per line, see {@link Ladder#write}.
 *   <li>{@link #jsonl()}: one JSON object per bead.
 *   <li>{@link #csv(String)}: a spreadsheet's CSV, with a header row (its own line ends, see there).
 * </ul>
 *
 * <p>Excel workbooks, a binary format, have their own writer, {@link XlsxWriter}.
 */
public interface AlignmentWriter {
    /**
     * Writes the whole alignment to {@code out}.
     *
     * @param alignment the alignment to write
     * @param out where the text goes; flushed, not closed
     * @throws IOException if writing fails
     */
    void write(Alignment alignment, Writer out) throws IOException;

    /**
     * The TMX 1.4b writer.
     *
     * @param settings the language tags and creation date of the TMX
     * @return a writer of TMX documents
     * @throws NullPointerException if {@code settings} is null
     */
    static AlignmentWriter tmx(TmxSettings settings) {
        return new TmxWriter(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The TMX 1.4b writer for an alignment some of whose beads a person made: the unit of a bead
     * {@code manual} accepts has the prop {@code x-manual} (value {@code edited}) and no {@code x-confidence}; the
     * others are written as {@link #tmx(TmxSettings)} writes them.
     *
     * @param settings the language tags and creation date of the TMX
     * @param manual   which beads are manual
     * @return a writer of TMX documents
     * @throws NullPointerException if an argument is null
     */
    static AlignmentWriter tmx(TmxSettings settings, Predicate<Bead> manual) {
        return new TmxWriter(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(manual, "manual"));
    }

    /**
     * The TSV writer: source text, target text, confidence and bead type, one bead per line.
     *
     * @return a writer of tab-separated lines
     */
    static AlignmentWriter tsv() {
        return new TsvWriter(false);
    }

    /**
     * The TSV writer, with or without a header row {@code source\ttarget\tconfidence\tbead} first;
     * {@code tsv(false)} is {@link #tsv()}.
     *
     * @param header whether to write the header row
     * @return a writer of tab-separated lines
     */
    static AlignmentWriter tsv(boolean header) {
        return new TsvWriter(header);
    }

    /**
     * The TSV writer of {@link #tsv(boolean)} whose confidence column says {@code manual} for a bead
     * {@code manual} accepts.
     *
     * @param header whether to write the header row
     * @param manual which beads are manual
     * @return a writer of tab-separated lines
     * @throws NullPointerException if {@code manual} is null
     */
    static AlignmentWriter tsv(boolean header, Predicate<Bead> manual) {
        return new TsvWriter(header, Objects.requireNonNull(manual, "manual"));
    }

    /**
     * The CSV writer for spreadsheets, with an empty document column: see {@link #csv(String)}.
     *
     * @return a writer of CSV
     */
    static AlignmentWriter csv() {
        return csv("");
    }

    /**
     * The CSV writer for spreadsheets (RFC 4180): a UTF-8 byte order mark (so that Excel reads the Chinese
     * right), a header row {@code source,target,confidence,bead,document}, then one row per bead; fields
     * holding a comma, a quote or a line break are quoted, quotes doubled; every line ends with CRLF. A 1-0 or
     * 0-1 bead has an empty side, as in TSV; a lone surrogate becomes U+FFFD.
     *
     * @param document the name written in the document column of every row (the source file's name), or
     *                 empty
     * @return a writer of CSV
     * @throws NullPointerException if {@code document} is null
     */
    static AlignmentWriter csv(String document) {
        return new CsvWriter(Objects.requireNonNull(document, "document"));
    }

    /**
     * The ladder writer: {@code [0,1]:[0]}, one bead per line (see {@link Ladder#write}).
     *
     * @return a writer of ladder lines
     */
    static AlignmentWriter ladder() {
        return (alignment, out) -> Ladder.write(alignment.beads(), out);
    }

    /**
     * The JSON-lines writer: one JSON object per bead.
     *
     * @return a writer of JSON lines
     */
    static AlignmentWriter jsonl() {
        return new JsonLinesWriter();
    }

    /**
     * The JSON-lines writer with the way back to the source documents: each object also has
     * {@code "source_paths"} and {@code "target_paths"} (each key only for a side given a function), the
     * distinct paths of the bead's sentences in order, such as {@code ["html/body/main[1]/p[3]"]}; a
     * sentence whose function gives null adds none. The paths lead to the elements of the source file
     * ({@link dev.bitext.doc.Block#path()}); sentence offsets refer to the text a reader extracted, not to
     * the file's bytes.
     *
     * @param sourcePaths the path of a source sentence's element, or null for no {@code "source_paths"}
     * @param targetPaths the path of a target sentence's element, or null for no {@code "target_paths"}
     * @return a writer of JSON lines with paths
     */
    static AlignmentWriter jsonl(Function<Sentence, String> sourcePaths, Function<Sentence, String> targetPaths) {
        return new JsonLinesWriter(sourcePaths, targetPaths);
    }

    /**
     * The JSON-lines writer of {@link #jsonl(Function, Function)} for an alignment some of whose beads a person
     * made: the object of a bead {@code manual} accepts has {@code "confidence":null,"manual":true} where the
     * others have {@code "confidence":0.873} (and no {@code "manual"} key).
     *
     * @param sourcePaths the path of a source sentence's element, or null for no {@code "source_paths"}
     * @param targetPaths the path of a target sentence's element, or null for no {@code "target_paths"}
     * @param manual      which beads are manual
     * @return a writer of JSON lines
     * @throws NullPointerException if {@code manual} is null
     */
    static AlignmentWriter jsonl(Function<Sentence, String> sourcePaths, Function<Sentence, String> targetPaths,
                                 Predicate<Bead> manual) {
        return new JsonLinesWriter(sourcePaths, targetPaths, Objects.requireNonNull(manual, "manual"));
    }

    /**
     * The writer for a format chosen at run time (a command-line flag, a configuration value), with
     * {@link TmxSettings#defaults()} for TMX. Use {@link #tmx(TmxSettings)} to configure TMX output.
     *
     * @param format the output format
     * @return the writer of {@code format}
     * @throws NullPointerException if {@code format} is null
     */
    static AlignmentWriter of(OutputFormat format) {
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case TMX -> tmx(TmxSettings.defaults());
            case TSV -> tsv();
            case LADDER -> ladder();
            case JSONL -> jsonl();
            case CSV -> csv();
        };
    }

    /**
     * The writer for a format; {@code tmx} configures TMX output and is ignored by the others.
     *
     * @param format the output format
     * @param tmx    the TMX settings, used only when {@code format} is {@link OutputFormat#TMX}
     * @return the writer of {@code format}
     * @throws NullPointerException if an argument is null
     * @deprecated the settings matter only for TMX: use {@link #tmx(TmxSettings)}, {@link #tsv()},
     *             {@link #ladder()} or {@link #jsonl()}, or {@link #of(OutputFormat)} for a format chosen at
     *             run time
     */
    @Deprecated(since = "0.2.0")
    static AlignmentWriter of(OutputFormat format, TmxSettings tmx) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(tmx, "tmx");
        return format == OutputFormat.TMX ? tmx(tmx) : of(format);
    }
}
