package dev.bitext;

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
