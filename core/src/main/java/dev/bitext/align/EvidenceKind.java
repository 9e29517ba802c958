package dev.bitext.align;

/**
 * The kinds of evidence that a sentence and its translation share; each has its own probability of
 * being matched in a true pair, estimated from the input.
 */
enum EvidenceKind {
    NUMBER(0.7),
    LATIN(0.7),
    NAME(0.5),
    PUNCTUATION(0.6),
    LEXICON(0.3),
    LEARNED(0.3),
    /** Subtitle cue times: the time buckets a sentence's cue covers ({@link TimeItems}). */
    TIME(0.8, 1 / 0.3, true);

    /** Probability, before re-estimation, that an item of this kind finds its counterpart in a true pair. */
    final double initialMatchProbability;

    /**
     * Whether an item's alternatives are held by the same few sentences of the other side (the successive
     * time buckets of one cue), so that the chance of a match by accident is that of its most frequent
     * alternative, not the sum over its alternatives (as for the distinct translations of a word).
     */
    final boolean adjacentAlternatives;

    /**
     * How much an item of this kind counts against the others. The search discounts the evidence as a whole,
     * because the words, names and numbers of one sentence are not independent; a subtitle's time item is one
     * per sentence and independent of its words, so it counts in full (the inverse of that discount).
     */
    final float weight;

    EvidenceKind(double initialMatchProbability) {
        this(initialMatchProbability, 1, false);
    }

    EvidenceKind(double initialMatchProbability, double weight, boolean adjacentAlternatives) {
        this.initialMatchProbability = initialMatchProbability;
        this.weight = (float) weight;
        this.adjacentAlternatives = adjacentAlternatives;
    }
}
