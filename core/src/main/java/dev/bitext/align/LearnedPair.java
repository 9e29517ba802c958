package dev.bitext.align;

/**
 * One learned association as a distributed count finds it: a source and a target token that pass the
 * thresholds of {@link LearnedLexicon}, with the first bead (in document order, then bead order) that holds
 * both and each token's position in that bead's token list.
 *
 * @param sourceToken    the source token's key
 * @param targetToken    the target token's key
 * @param document       the document of the first bead holding both (any number ascending in input order)
 * @param bead           that bead's index among the document's observed beads
 * @param sourcePosition the source token's first position in that bead's source tokens
 * @param targetPosition the target token's first position in that bead's target tokens
 */
public record LearnedPair(long sourceToken, long targetToken, long document, int bead, int sourcePosition,
                          int targetPosition) {
}
