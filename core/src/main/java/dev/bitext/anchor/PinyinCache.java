package dev.bitext.anchor;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The toneless pinyin of single Han characters (U+3400..U+9FFF), from ICU's
 * {@code Han-Latin; Latin-ASCII} transliterator, cached per character.
 *
 * <p>Thread-safe. The transliterator runs only on cache misses, under a lock. The cache is a plain
 * array of immutable strings: racing threads may both compute a character, and write the same
 * value; a {@link String} is safely published through its final fields.
 */
final class PinyinCache {
    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';
    private static final String NONE = "";
    private static final String[] CACHE = new String[LAST - FIRST + 1];
    private static final Object LOCK = new Object();

    private PinyinCache() {
    }

    /** Whether {@code c} is in the Han range this cache covers. */
    static boolean isHan(char c) {
        return c >= FIRST && c <= LAST;
    }

    /**
     * The lower-case toneless pinyin of the Han character {@code c} ({@code 陈 -> "chen"}), or the
     * empty string when {@code c} is not Han or has no reading.
     */
    static String of(char c) {
        if (!isHan(c)) {
            return NONE;
        }
        String cached = CACHE[c - FIRST];
        if (cached == null) {
            cached = transliterate(c);
            CACHE[c - FIRST] = cached;
        }
        return cached;
    }

    private static String transliterate(char c) {
        String latin;
        synchronized (LOCK) {
            latin = Holder.TRANSLITERATOR.transliterate(String.valueOf(c));
        }
        String lower = latin.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char l = lower.charAt(i);
            if (l < 'a' || l > 'z') {
                return NONE;
            }
        }
        return lower.intern();
    }

    /** Creates the transliterator (several milliseconds) on first use only. */
    private static final class Holder {
        static final Transliterator TRANSLITERATOR = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    }
}
