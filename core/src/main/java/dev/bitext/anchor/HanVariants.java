package dev.bitext.anchor;

import dev.bitext.internal.ResourceLines;

/**
 * Folds Traditional Chinese characters to their Simplified form, one character for one (the length and the
 * offsets stay), so that Traditional text meets the same lexicon words as Simplified text. (Pinyin needs no
 * folding: ICU's readings, and so {@link PinyinCache}, cover Traditional characters too.)
 *
 * <p>Only characters that Simplified Chinese does not use are folded: those outside GB 2312 that ICU's
 * {@code Traditional-Simplified} transliterator maps to one other character ({@code 國 -> 国},
 * {@code 說 -> 说}, {@code 們 -> 们}). Characters that are also Simplified ({@code 著}, {@code 乾},
 * {@code 後}) stay, so Simplified text is never changed. The pairs ship as a table
 * ({@code traditional-simplified.txt}, generated from ICU and checked against it by the tests).
 *
 * <p>Thread-safe: the table is filled before the class is in use and never changes.
 */
final class HanVariants {
    static final char FIRST = '\u3400';
    static final char LAST = '\u9FFF';
    private static final char[] TABLE = load();

    private HanVariants() {
    }

    /** The Simplified form of {@code c}, or {@code c} itself when it is not a Traditional-only character. */
    static char simplified(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char s = TABLE[c - FIRST];
        return s == 0 ? c : s;
    }

    /** {@code text} with every Traditional-only character folded; {@code text} itself when there is none. */
    static CharSequence simplify(CharSequence text) {
        char[] chars = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            char s = simplified(c);
            if (s != c) {
                if (chars == null) {
                    chars = text.toString().toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char[] load() {
        char[] table = new char[LAST - FIRST + 1];
        ResourceLines.forEach(HanVariants.class, "traditional-simplified.txt", line -> {
            if (line.length() != 3 || line.charAt(1) != '\t' || line.charAt(0) < FIRST || line.charAt(0) > LAST) {
                throw new IllegalStateException("traditional-simplified.txt: bad line '" + line + "'");
            }
            table[line.charAt(0) - FIRST] = line.charAt(2);
        });
        return table;
    }
}
