package dev.bitext.anchor;

/**
 * The kinds of anchor terms an {@link AnchorExtractor} can look for; choose a subset with
 * {@link AnchorExtractor#of} to compare their contribution.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AnchorKind {
    /**
     * Numbers in digits, Chinese numerals or English words, with percentages ({@code pct:30}),
     * ordinals ({@code ord:3}), dates ({@code date:1-24}) and months ({@code month:3}); readable
     * prefixes {@code num:}, {@code pct:}, {@code ord:}, {@code date:}, {@code month:}. The
     * numbers one and first are never anchors.
     */
    NUMBER,
    /**
     * Latin-script tokens: every one in Chinese text, and in English text those with a digit or an
     * upper-case letter after the first ({@code DNA}, {@code G7}, {@code iPhone}); prefix
     * {@code latin:}.
     */
    LATIN,
    /**
     * Names in toneless pinyin: two to four Han characters on the Chinese side, capitalized English
     * words that split into two to four pinyin syllables on the English side; prefix {@code name:}.
     */
    NAME,
    /**
     * Question and exclamation marks, quotation marks and parentheses, one anchor per kind present;
     * prefix {@code punct:}.
     */
    PUNCTUATION
}
