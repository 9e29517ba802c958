package dev.bitext;

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
    /** Copies the bead list. */
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

    /** The source sentences' texts of a bead joined for its language (see {@link #join}). */
    public String sourceText(Bead bead) {
        return join(source, bead.source());
    }

    /** The target sentences' texts of a bead joined for its language (see {@link #join}). */
    public String targetText(Bead bead) {
        return join(target, bead.target());
    }

    /**
     * Joins sentences of a document: with one space for English, with nothing for Chinese.
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
