package dev.bitext.io;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
     * Reads a ladder file (held in memory while parsed) as strict UTF-8. See {@link #read(Reader, String)} for the accepted syntax.
     *
     * @throws BitextException with "FILE:LINE: problem" for a malformed line or bytes that are not UTF-8
     * @throws IOException     if the file cannot be read
     */
    public static List<Bead> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return read(new StringReader(StrictUtf8.read(file)), file.toString());
    }

    /**
     * Reads ladder lines from {@code in}, which is not closed. Spaces are allowed around indices, brackets
     * and the colon; Vecalign's trailing {@code :cost} is accepted and ignored; blank lines are skipped; a
     * leading byte order mark is ignored. Beads empty on both sides are dropped; every bead read has
     * confidence 1.
     *
     * @param name how error messages name the input, usually its path
     * @throws BitextException with "NAME:LINE: problem" for a malformed line, for instance
     *                         {@code gold/001.align:7: expected '[i,j]:[k]' but found 'foo'}, or for indices
     *                         that are not ascending and consecutive within a bead
     * @throws IOException     if reading fails
     */
    public static List<Bead> read(Reader in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Bead> beads = new ArrayList<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            Bead bead = LadderLine.parse(line, name + ":" + lineNumber + ": ");
            if (bead != null) {
                beads.add(bead);
            }
        }
        return List.copyOf(beads);
    }

    /**
     * Writes one line {@code [s,...]:[t,...]} per bead, without spaces or confidence, each ended by
     * {@code '\n'}. Flushes {@code out} but does not close it.
     *
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
