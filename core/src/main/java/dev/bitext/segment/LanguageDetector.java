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
     * The language of a text: {@link Language#CHINESE} when Han characters make up a notable share of
     * its letters, otherwise {@link Language#ENGLISH}.
     */
    public static Language detect(CharSequence text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.HAN) {
                han++;
            } else if (sc == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        // One Han character carries about as much as four Latin letters.
        return han * 4 >= latin && han > 0 ? Language.CHINESE : Language.ENGLISH;
    }
}
