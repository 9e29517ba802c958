package dev.bitext.tm;

/**
 * Why a bead is left out of a translation memory.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum FilterReason {
    /** A 1-0 or 0-1 bead: one side has no text. */
    UNPAIRED,
    /** The bead's confidence is below the minimum asked for. */
    LOW_CONFIDENCE,
    /** One side is far longer than the other, beyond the maximum length ratio. */
    LENGTH_RATIO,
    /** Both sides hold the same text. */
    IDENTICAL_SIDES,
    /** A side holds no words: only numbers, punctuation, symbols or white space. */
    NO_WORDS,
    /** The same source and target text was already written. */
    DUPLICATE
}
