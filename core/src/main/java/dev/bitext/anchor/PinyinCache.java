package dev.bitext.anchor;

import dev.bitext.internal.ResourceLines;

/**
 * The toneless pinyin of single Han characters (U+3400..U+9FFF), as ICU's {@code Han-Latin; Latin-ASCII}
 * transliterator gives it. The readings ship as a table ({@code pinyin.txt}, generated from ICU and checked
 * against it by the tests), loaded once: building the transliterator itself takes about 0.4 s per process.
 *
 * <p>Thread-safe: the table is filled before the class is in use and never changes.
 */
final class PinyinCache {
    static final char FIRST = '\u3400';
    static final char LAST = '\u9FFF';
    private static final String NONE = "";
    private static final String[] TABLE = load();

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
        return isHan(c) ? TABLE[c - FIRST] : NONE;
    }

    private static String[] load() {
        String[] table = new String[LAST - FIRST + 1];
        java.util.Arrays.fill(table, NONE);
        ResourceLines.forEach(PinyinCache.class, "pinyin.txt", line -> {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                table[Integer.parseInt(line, 0, tab, 16) - FIRST] = line.substring(tab + 1).intern();
            }
        });
        return table;
    }
}
