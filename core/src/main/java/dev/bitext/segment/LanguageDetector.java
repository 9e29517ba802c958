package dev.bitext.segment;

import dev.bitext.Language;

/**
 * Tells English from Chinese text by script.
 *
 * <p>Stateless and thread-safe.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    /**
     * The language of a text: {@link Language#CHINESE} when it holds Han characters and they number at
     * least a third of its Latin letters (the rule {@link BilingualSplitter} applies to each line),
     * otherwise {@link Language#ENGLISH} (see {@link ScriptCounts#language()}; Japanese and Korean are not told
     * apart here: {@link ScriptCounts#looksJapanese()}, {@link ScriptCounts#looksKorean()}).
     *
     * @param text the text to judge
     * @return {@link Language#CHINESE} or {@link Language#ENGLISH}
     */
    public static Language detect(CharSequence text) {
        return detect(ScriptCounts.of(text));
    }

    /**
     * The language {@link #detect(CharSequence)} gives a text of these counts.
     *
     * @param counts the script counts of a text
     * @return {@link Language#CHINESE} or {@link Language#ENGLISH}
     */
    public static Language detect(ScriptCounts counts) {
        Language language = counts.language();
        return language == null ? Language.ENGLISH : language;
    }
}
