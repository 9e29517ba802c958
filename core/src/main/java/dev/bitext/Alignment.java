package dev.bitext;

import dev.bitext.io.AlignmentWriter;
import dev.bitext.io.AtomicOutput;
import dev.bitext.io.OutputFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of aligning two documents: beads in order that together cover every source and every
 * target sentence exactly once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source document
 * @param target the target document
 * @param beads  the beads, in document order
 */
public record Alignment(Document source, Document target, List<Bead> beads) {
    /**
     * Copies the bead list.
     *
     * @param source the source document
     * @param target the target document
     * @param beads the beads, in order; copied
     */
    public Alignment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        beads = List.copyOf(beads);
    }

    /**
     * Each bead with its source and target text, in document order: the same as {@link #sourceText} and
     * {@link #targetText} give for every bead, without going back through the alignment. The list is made
     * anew on each call (the texts are not kept by the alignment).
     *
     * @return an unmodifiable list with one pair per bead
     */
    public List<AlignedPair> pairs() {
        List<AlignedPair> pairs = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            pairs.add(new AlignedPair(bead, sourceText(bead), targetText(bead)));
        }
        return List.copyOf(pairs);
    }

    /**
     * Writes this alignment to {@code file} in {@code format} (UTF-8, TMX with {@link
     * dev.bitext.io.TmxSettings#defaults()}), atomically as {@link AtomicOutput} does: a failure leaves the file
     * as it was.
     *
     * @param file   the file to create or replace
     * @param format the output format
     * @throws BitextException naming {@code file}, with the {@link java.io.IOException} as its cause, if it
     *                         cannot be written
     * @throws NullPointerException if an argument is null
     */
    public void write(Path file, OutputFormat format) {
        write(file, AlignmentWriter.of(format));
    }

    /**
     * Writes this alignment to {@code file} with {@code writer} (UTF-8), atomically as {@link AtomicOutput} does:
     * a failure leaves the file as it was.
     *
     * @param file   the file to create or replace
     * @param writer the format's writer, such as {@code AlignmentWriter.tmx(settings)}
     * @throws BitextException naming {@code file}, with the {@link java.io.IOException} as its cause, if it
     *                         cannot be written
     * @throws NullPointerException if an argument is null
     */
    public void write(Path file, AlignmentWriter writer) {
        Objects.requireNonNull(writer, "writer");
        AtomicOutput.write(file, out -> writer.write(this, out));
    }

    /**
     * The source sentences' texts of a bead joined for its language (see {@link #join}).
     *
     * @param bead a bead of this alignment
     * @return its source sentences' texts, joined
     */
    public String sourceText(Bead bead) {
        return join(source, bead.source());
    }

    /**
     * The target sentences' texts of a bead joined for its language (see {@link #join}).
     *
     * @param bead a bead of this alignment
     * @return its target sentences' texts, joined
     */
    public String targetText(Bead bead) {
        return join(target, bead.target());
    }

    /**
     * Joins sentences of a document: with one space for English, with nothing for Chinese.
     *
     * @param doc the document holding the sentences
     * @param ids the indices of the sentences to join, in order
     * @return their texts joined; empty for no index
     */
    public static String join(Document doc, List<Integer> ids) {
        String sep = doc.language() == Language.CHINESE ? "" : " ";
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(doc.sentence(id).text().strip());
        }
        return sb.toString();
    }
}
