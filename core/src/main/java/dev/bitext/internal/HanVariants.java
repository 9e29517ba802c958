package dev.bitext.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Folds Traditional Chinese characters to their Simplified form, one character for one (the length and the
 * offsets stay), so that Traditional text meets the same lexicon words as Simplified text, and tells the
 * characters only one of the two scripts uses. (Pinyin needs no folding: ICU's readings cover Traditional
 * characters too.)
 *
 * <p>Only characters that Simplified Chinese does not use are folded: those outside GB 2312 that ICU's
 * {@code Traditional-Simplified} transliterator maps to one other character ({@code 國 -> 国},
 * {@code 說 -> 说}, {@code 們 -> 们}). Characters that are also Simplified ({@code 著}, {@code 乾},
 * {@code 後}) stay, so Simplified text is never changed. The pairs ship as a table
 * ({@code traditional-simplified.txt}, generated from ICU and checked against it by the tests).
 *
 * <p>Thread-safe: the tables are filled before the class is in use and never change.
 */
public final class HanVariants {
    /** The first character of the range the table covers (CJK Extension A). */
    public static final char FIRST = '\u3400';
    /** The last character of the range the table covers (end of the CJK Unified Ideographs). */
    public static final char LAST = '\u9FFF';
    private static final char[] TABLE = new char[LAST - FIRST + 1];
    private static final boolean[] SIMPLIFIED_ONLY = new boolean[LAST - FIRST + 1];

    static {
        load();
    }

    private HanVariants() {
    }

    /** The Simplified form of {@code c}, or {@code c} itself when it is not a Traditional-only character. */
    public static char simplified(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char s = TABLE[c - FIRST];
        return s == 0 ? c : s;
    }

    /** Whether {@code c} is written in Traditional Chinese only: it folds to another character ({@code 國}). */
    public static boolean isTraditionalOnly(char c) {
        return simplified(c) != c;
    }

    /**
     * Whether {@code c} is written in Simplified Chinese only ({@code 国}, {@code 这}, {@code 们}): it is the
     * Simplified form of a Traditional-only character and is not in Big5, the Traditional character set.
     * (Forms both scripts share, such as {@code 台}, {@code 面}, {@code 干}, are in Big5 and do not count.)
     */
    public static boolean isSimplifiedOnly(char c) {
        return c >= FIRST && c <= LAST && SIMPLIFIED_ONLY[c - FIRST];
    }

    /** {@code text} with every Traditional-only character folded; {@code text} itself when there is none. */
    public static CharSequence simplify(CharSequence text) {
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

    private static void load() {
        CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
        ResourceLines.forEach(HanVariants.class, "traditional-simplified.txt", line -> {
            if (line.length() != 3 || line.charAt(1) != '\t' || line.charAt(0) < FIRST || line.charAt(0) > LAST) {
                throw new IllegalStateException("traditional-simplified.txt: bad line '" + line + "'");
            }
            char simplified = line.charAt(2);
            TABLE[line.charAt(0) - FIRST] = simplified;
            if (simplified >= FIRST && simplified <= LAST && !big5.canEncode(simplified)) {
                SIMPLIFIED_ONLY[simplified - FIRST] = true;
            }
        });
    }
}
