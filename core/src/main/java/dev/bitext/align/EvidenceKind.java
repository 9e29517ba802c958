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
    LEARNED(0.3);

    /** Probability, before re-estimation, that an item of this kind finds its counterpart in a true pair. */
    final double initialMatchProbability;

    EvidenceKind(double initialMatchProbability) {
        this.initialMatchProbability = initialMatchProbability;
    }
}
