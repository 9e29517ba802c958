package dev.bitext.segment;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.Sentence;
import dev.bitext.internal.HanVariants;

/**
 * How many characters of each script a text holds, and what that says about its language. The judgements
 * weigh one Han character (or Hangul syllable) as three Latin letters, as {@link LanguageDetector} does:
 * that is about what each carries, so a Chinese text with Latin product names and an English text with a
 * few Chinese names are both far from the limits below.
 *
 * <ul>
 *   <li>{@link #language()}: Chinese when there is Han and {@code 3 × han >= latin}, else English when there
 *       are Latin letters, else none (the rule of {@link LanguageDetector} and {@link BilingualSplitter}).
 *   <li>{@link #hanShare()}: {@code 3 × han / (3 × han + latin)}, the weight of Han among the letters.
 *       {@link #looksEnglish()} (a text said to be Chinese that is not) below 10 %, {@link #looksChinese()}
 *       (a text said to be English that is not) above 90 %.
 *   <li>{@link #looksJapanese()}: kana are at least a fifth of the Han and kana characters (Japanese prose
 *       has about half; a stray {@code の} or {@code ア} in Chinese stays far below), and Han and kana
 *       outweigh the Latin letters (one Japanese word in English does not count).
 *   <li>{@link #looksKorean()}: more Hangul than Han, and Hangul outweighs the Latin letters.
 *   <li>{@link #isTraditional()}: more Traditional-only characters ({@code 國 說 這}) than Simplified-only
 *       ones ({@code 国 说 这}); characters both scripts use ({@code 的 人 台}) do not count either way.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param han         Han characters (CJK ideographs and radicals)
 * @param latin       Latin letters
 * @param kana        Hiragana and Katakana (not the middle dot {@code ・} or the long-vowel mark, which
 *                    Chinese uses too)
 * @param hangul      Hangul syllables and jamo
 * @param traditionalOnly Han characters written in Traditional Chinese only
 * @param simplifiedOnly  Han characters written in Simplified Chinese only
 */
public record ScriptCounts(long han, long latin, long kana, long hangul, long traditionalOnly, long simplifiedOnly) {
    private static final int HAN_WEIGHT = 3;
    private static final int FIRST_HAN = 0x2E80;
    private static final double LOOKS_ENGLISH_BELOW = 0.10;
    private static final double LOOKS_CHINESE_ABOVE = 0.90;
    private static final int KANA_SHARE_DIVISOR = 5;

    /**
     * Checks that no count is negative.
     *
     * @param han the number of Han characters
     * @param latin the number of Latin letters
     * @param kana the number of kana characters
     * @param hangul the number of Hangul characters
     * @param traditionalOnly the number of Han characters found only in Traditional Chinese
     * @param simplifiedOnly the number of Han characters found only in Simplified Chinese
     */
    public ScriptCounts {
        if (han < 0 || latin < 0 || kana < 0 || hangul < 0 || traditionalOnly < 0 || simplifiedOnly < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /**
     * The counts of {@code text}.
     *
     * @param text the text to count
     * @return its counts
     */
    public static ScriptCounts of(CharSequence text) {
        return of(text, 0, text.length());
    }

    /**
     * The counts of {@code text[start, end)}.
     *
     * @param text the text to count in
     * @param start the first index counted
     * @param end the index after the last one counted
     * @return the counts of that range
     */
    public static ScriptCounts of(CharSequence text, int start, int end) {
        return new Counter().add(text, start, end).counts();
    }

    /**
     * The counts of every sentence of {@code document} together.
     *
     * @param document the document to count
     * @return the counts of all its sentences
     */
    public static ScriptCounts of(Document document) {
        Counter counter = new Counter();
        for (Sentence s : document.sentences()) {
            counter.add(s.text(), 0, s.text().length());
        }
        return counter.counts();
    }

    /**
     * The language the scripts suggest: {@link Language#CHINESE} when there is Han and
     * {@code 3 × han >= latin}, else {@link Language#ENGLISH} when there are Latin letters, else null.
     *
     * @return the suggested language, or null for a text without Han or Latin letters
     */
    public Language language() {
        if (han > 0 && han * HAN_WEIGHT >= latin) {
            return Language.CHINESE;
        }
        return latin > 0 ? Language.ENGLISH : null;
    }

    /** {@return the weight of Han among the letters, {@code 3 × han / (3 × han + latin)}; 0 when there are none} */
    public double hanShare() {
        double weighted = (double) han * HAN_WEIGHT;
        return weighted + latin == 0 ? 0 : weighted / (weighted + latin);
    }

    /** {@return whether a text given as Chinese is English instead: it has Latin letters and under 10 % Han weight} */
    public boolean looksEnglish() {
        return latin > 0 && hanShare() < LOOKS_ENGLISH_BELOW;
    }

    /** {@return whether a text given as English is Chinese instead: over 90 % of its letters' weight is Han} */
    public boolean looksChinese() {
        return hanShare() > LOOKS_CHINESE_ABOVE;
    }

    /** {@return whether the text is Japanese: kana at least a fifth of Han and kana, which outweigh the Latin letters} */
    public boolean looksJapanese() {
        return kana > 0 && kana * KANA_SHARE_DIVISOR >= han + kana && (han + kana) * HAN_WEIGHT >= latin;
    }

    /** {@return whether the text is Korean: more Hangul than Han, and Hangul outweighs the Latin letters} */
    public boolean looksKorean() {
        return hangul > han && hangul * HAN_WEIGHT >= latin;
    }

    /**
     * These counts without the Latin letters: for the Chinese side of a text that holds English too (a
     * bilingual file), so that its English part does not hide a Japanese or Korean one.
     *
     * @return the same counts with {@code latin} 0
     */
    public ScriptCounts withoutLatin() {
        return new ScriptCounts(han, 0, kana, hangul, traditionalOnly, simplifiedOnly);
    }

    /** {@return whether the Han characters are Traditional: more Traditional-only than Simplified-only characters} */
    public boolean isTraditional() {
        return traditionalOnly > simplifiedOnly;
    }

    /** Adds up the counts of one or more texts. Not thread-safe. */
    private static final class Counter {
        private long han;
        private long latin;
        private long kana;
        private long hangul;
        private long traditional;
        private long simplified;

        Counter add(CharSequence text, int start, int end) {
            for (int i = start; i < end; ) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (cp < 0x80) {
                    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                        latin++;
                    }
                } else {
                    other(cp);
                }
            }
            return this;
        }

        private void other(int cp) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN -> {
                    if (cp >= FIRST_HAN) {
                        han++;
                        variant(cp);
                    }
                }
                case LATIN -> latin += Character.isLetter(cp) ? 1 : 0;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> {
                }
            }
        }

        /** Counts a Han character written in one script only (the fold table covers the BMP). */
        private void variant(int cp) {
            if (cp <= Character.MAX_VALUE) {
                char c = (char) cp;
                traditional += HanVariants.isTraditionalOnly(c) ? 1 : 0;
                simplified += HanVariants.isSimplifiedOnly(c) ? 1 : 0;
            }
        }

        ScriptCounts counts() {
            return new ScriptCounts(han, latin, kana, hangul, traditional, simplified);
        }
    }
}
