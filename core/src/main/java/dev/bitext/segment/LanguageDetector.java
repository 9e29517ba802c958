package dev.bitext.segment;

import dev.bitext.Language;
import dev.bitext.internal.ScriptCounter;

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
     * otherwise {@link Language#ENGLISH}.
     */
    public static Language detect(CharSequence text) {
        Language language = ScriptCounter.classify(text, 0, text.length());
        return language == null ? Language.ENGLISH : language;
    }
}
