package dev.bitext.internal;

import dev.bitext.Language;

/**
 * Counts Han characters and Latin letters in text and classifies it: Chinese when it has Han characters
 * and {@code han * 3 >= latin} (one Han character carries about as much as three Latin letters), English
 * when it has Latin letters and is not Chinese, neither otherwise.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScriptCounter {
    private static final int HAN_WEIGHT = 3;
    private static final int FIRST_HAN = 0x2E80;

    private ScriptCounter() {
    }

    /** The language of {@code text[start, end)} by script, or {@code null} when it has neither Han nor Latin letters. */
    public static Language classify(CharSequence text, int start, int end) {
        int han = 0;
        int latin = 0;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    latin++;
                }
            } else if (cp >= FIRST_HAN && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (han > 0 && (long) han * HAN_WEIGHT >= latin) {
            return Language.CHINESE;
        }
        return latin > 0 ? Language.ENGLISH : null;
    }
}
