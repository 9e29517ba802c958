package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects (English, Chinese) pairs for a {@link Lexicon}, normalising both sides and dropping repeats.
 * English keys become their lowercase letter tokens joined by one space; Chinese words lose all
 * whitespace. Not thread-safe: one per construction.
 */
final class LexiconBuilder {
    private final List<String> english = new ArrayList<>();
    private final List<String> chinese = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /** The normalised form of an English key, or an empty string when it has no letters. */
    static String normaliseEnglish(String key) {
        return isNormalEnglish(key) ? key : String.join(" ", EnglishTokens.of(key));
    }

    /**
     * Whether {@code key} is already normalised: lowercase ASCII words joined by one space (as every key of the
     * core lexicon is), so that tokenising it would give it back.
     */
    private static boolean isNormalEnglish(String key) {
        int n = key.length();
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            boolean space = c == ' ' && i > 0 && i < n - 1 && key.charAt(i - 1) != ' ';
            if (!space && (c < 'a' || c > 'z')) {
                return false;
            }
        }
        return n > 0;
    }

    /** The normalised form of a Chinese word: without whitespace. */
    static String normaliseChinese(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isRegexSpace(word.charAt(i))) {
                return word.replaceAll("\\s+", "");
            }
        }
        return word;
    }

    /** Whether {@code c} is whitespace as the regular expression {@code \\s} means it (ASCII only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Adds a pair unless it is already present.
     *
     * @return false when either side is empty after normalisation (nothing is added)
     */
    boolean add(String englishKey, String chineseWord) {
        String en = normaliseEnglish(englishKey);
        String zh = normaliseChinese(chineseWord);
        if (en.isEmpty() || zh.isEmpty()) {
            return false;
        }
        if (seen.add(en + '\t' + zh)) {
            english.add(en);
            chinese.add(zh);
        }
        return true;
    }

    /**
     * Adds a pair from a dictionary file unless its English side is only function words ("of", "he"),
     * which are no evidence of translation.
     */
    void addContent(String englishKey, String chineseWord) {
        if (!EnglishStopWords.onlyStopWords(EnglishTokens.of(englishKey))) {
            add(englishKey, chineseWord);
        }
    }

    /** Adds every pair of {@code lexicon}. */
    void addAll(Lexicon lexicon) {
        for (int id = 0; id < lexicon.size(); id++) {
            add(lexicon.english(id), lexicon.chinese(id));
        }
    }

    int size() {
        return english.size();
    }

    Lexicon build() {
        return Lexicon.ofPairs(english.toArray(String[]::new), chinese.toArray(String[]::new));
    }
}
