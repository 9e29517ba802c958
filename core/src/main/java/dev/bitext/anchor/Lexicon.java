package dev.bitext.anchor;

/**
 * An English-Chinese lexicon: pairs of an English word (or short phrase) and a Chinese word.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {
    private static final Lexicon EMPTY = new Lexicon();

    private Lexicon() {
    }

    /** The lexicon without entries. */
    public static Lexicon empty() {
        return EMPTY;
    }

    /** The number of (English, Chinese) pairs. */
    public int size() {
        return 0;
    }
}
