package dev.bitext.io;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes ladder files: one bead per line, {@code [0,1]:[0]}, {@code [5]:[]}, {@code []:[7]}, with
 * 0-based sentence indices (the format of Bertalign's and Vecalign's gold alignments).
 *
 * <p>Stateless and thread-safe.
 */
public final class Ladder {
    private Ladder() {
    }

    /**
     * Reads a ladder file (held in memory while parsed) as strict UTF-8, without warnings. See
     * {@link #read(Reader, String, Consumer)} for the accepted syntax.
     *
     * @param file the ladder file
     * @return its beads, in file order
     * @throws BitextException with "FILE:LINE: problem" for a malformed line or bytes that are not UTF-8
     * @throws IOException     if the file cannot be read
     */
    public static List<Bead> read(Path file) throws IOException {
        return read(file, warning -> { });
    }

    /**
     * Reads a ladder file (held in memory while parsed) as strict UTF-8. See {@link #read(Reader, String, Consumer)}
     * for the accepted syntax and the warnings.
     *
     * @param file the ladder file
     * @param warnings receives the warnings (see {@link #read(Reader, String, Consumer)})
     * @return its beads, in file order
     * @throws BitextException with "FILE:LINE: problem" for a malformed line or bytes that are not UTF-8
     * @throws IOException     if the file cannot be read
     */
    public static List<Bead> read(Path file, Consumer<String> warnings) throws IOException {
        Objects.requireNonNull(file, "file");
        return read(new StringReader(StrictUtf8.read(file)), file.toString(), warnings);
    }

    /**
     * As {@link #read(Reader, String, Consumer)}, without warnings.
     *
     * @param in the ladder text; not closed
     * @param name how messages name the input, usually its path
     * @return its beads, in input order
     * @throws IOException if reading fails
     */
    public static List<Bead> read(Reader in, String name) throws IOException {
        return read(in, name, warning -> { });
    }

    /**
     * Reads ladder lines from {@code in}, which is not closed. Spaces are allowed around indices, brackets
     * and the colon; Vecalign's trailing {@code :cost} is accepted and ignored; blank lines are skipped; a
     * leading byte order mark is ignored. Beads empty on both sides are dropped; every bead read has
     * confidence 1.
     *
     * <p>Each side of a line is read as a set of indices, as the reference scorers (Vecalign's score.py,
     * Bertalign's eval.py) treat it: {@code [49,51,53]:[51]} (a discontinuous translation, as in published
     * gold) is accepted, {@code [2,1]} is the bead {@code [1,2]}, and an index written twice in one bead counts
     * once. Such beads, and indices found in more than one bead of a side, are reported to {@code warnings}:
     * at most one message per kind and file, naming the file and the first line concerned, for instance
     * {@code gold/016.align: 2 bead(s) with non-consecutive indices (first at line 50: [49,51,53]:[51]);
     * scored as sets}.
     *
     * @param name     how messages name the input, usually its path
     * @param warnings receives the warnings once the whole input is read (none when it fails)
     * @param in the ladder text; not closed
     * @return its beads, in input order
     * @throws BitextException with "NAME:LINE: problem" for a malformed line, for instance
     *                         {@code gold/001.align:7: expected '[i,j]:[k]' but found 'foo'}, or an index too
     *                         large for an {@code int}
     * @throws IOException     if reading fails
     */
    public static List<Bead> read(Reader in, String name, Consumer<String> warnings) throws IOException {
        Objects.requireNonNull(warnings, "warnings");
        LadderBeads beads = parse(in, name);
        beads.warn(warnings);
        return beads.beads();
    }

    /**
     * One bead of a ladder file and the line it was read from, for messages that point into the file.
     *
     * @param bead the bead, read as {@link #read(Reader, String, Consumer)} reads it (confidence 1)
     * @param line the 1-based number of its line
     */
    public record Entry(Bead bead, int line) {
        /**
         * Checks the fields.
         *
         * @param bead the bead
         * @param line its line number, at least 1
         * @throws NullPointerException     if {@code bead} is null
         * @throws IllegalArgumentException if {@code line} is below 1
         */
        public Entry {
            Objects.requireNonNull(bead, "bead");
            if (line < 1) {
                throw new IllegalArgumentException("line numbers start at 1: " + line);
            }
        }
    }

    /**
     * Reads a ladder file as strict UTF-8, as {@link #read(Path)} does, keeping each bead's line number and
     * giving no warnings: a caller that needs every sentence exactly once checks the beads itself.
     *
     * @param file the ladder file
     * @return its beads with their line numbers, in file order (blank lines and {@code []:[]} give none)
     * @throws BitextException with "FILE:LINE: problem" for a malformed line or bytes that are not UTF-8
     * @throws IOException     if the file cannot be read
     */
    public static List<Entry> entries(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(new StringReader(StrictUtf8.read(file)), file.toString()).entries();
    }

    /**
     * Reads ladder lines as {@link #read(Reader, String, Consumer)} does, with the same warnings, keeping each
     * bead's line number: for a caller that reads more from the lines, such as a third column.
     *
     * @param in the ladder text; not closed
     * @param name how messages name the input, usually its path
     * @param warnings receives the warnings once the whole input is read (none when it fails)
     * @return its beads with their line numbers, in input order (blank lines and {@code []:[]} give none)
     * @throws BitextException with "NAME:LINE: problem" for a malformed line
     * @throws IOException     if reading fails
     */
    public static List<Entry> entries(Reader in, String name, Consumer<String> warnings) throws IOException {
        Objects.requireNonNull(warnings, "warnings");
        LadderBeads beads = parse(in, name);
        beads.warn(warnings);
        return beads.entries();
    }

    private static LadderBeads parse(Reader in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        LadderBeads beads = new LadderBeads(name);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                beads.add(LadderLine.parse(line, name + ":" + lineNumber + ": "), lineNumber, line);
            }
        }
        return beads;
    }

    /**
     * Writes one line {@code [s,...]:[t,...]} per bead, without spaces or confidence, each ended by
     * {@code '\n'}. Flushes {@code out} but does not close it.
     *
     * @param beads the beads to write
     * @param out where the lines go; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(List<Bead> beads, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        for (Bead bead : beads) {
            out.write(Formats.indexList(bead.source()));
            out.write(':');
            out.write(Formats.indexList(bead.target()));
            out.write('\n');
        }
        out.flush();
    }
}
