package dev.bitext.anchor;

import java.math.BigDecimal;

/**
 * Number anchors of a Chinese sentence: Arabic digits with Chinese multipliers ({@code 3万},
 * {@code 1.5亿}), Chinese numerals ({@link NumberHan}), percentages ({@code 30%}, 百分之三十),
 * ordinals (第三), dates (1月24日, 一月二十四号) and months (三月), skipping
 * {@link NumberStopWords} and digits glued to Latin letters ({@code G7}).
 *
 * <p>Stateless and thread-safe.
 */
final class NumberChinese {
    private static final String PERCENT = "百分之";

    private NumberChinese() {
    }

    /** Adds the number anchors of {@code text} to {@code out}. */
    static void collect(String text, AnchorSink out) {
        boolean[] mask = hasNumeral(text) ? NumberStopWords.mask(text) : null;
        int i = 0;
        while (i < text.length()) {
            i = anchorAt(text, i, mask, out);
        }
    }

    private static boolean hasNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (NumberHan.isNumeral(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int anchorAt(String text, int i, boolean[] mask, AnchorSink out) {
        if (text.startsWith(PERCENT, i) && !NumberHan.isMasked(mask, i)) {
            NumberToken t = parseAt(text, i + PERCENT.length(), mask);
            if (t == null) {
                return i + PERCENT.length();
            }
            if (t.single() != null) {
                NumberEmit.percent(t.single(), out);
            }
            return t.end();
        }
        if (text.charAt(i) == '第') {
            NumberToken t = parseAt(text, i + 1, mask);
            if (t == null) {
                return i + 1;
            }
            if (t.single() != null) {
                NumberEmit.ordinal(t.single(), out);
            }
            return t.end();
        }
        NumberToken t = parseAt(text, i, mask);
        return t == null ? i + 1 : afterNumber(text, t, mask, out);
    }

    private static int afterNumber(String text, NumberToken t, boolean[] mask, AnchorSink out) {
        int end = t.end();
        char next = AnchorText.at(text, end);
        if (next == '%' && t.single() != null) {
            NumberEmit.percent(t.single(), out);
            return end + 1;
        }
        int month = next == '月' ? t.smallInt(1, 12) : -1;
        if (month > 0) {
            NumberToken d = parseAt(text, end + 1, mask);
            int day = d == null ? -1 : d.smallInt(1, 31);
            char after = d == null ? 0 : AnchorText.at(text, d.end());
            if (day > 0 && (after == '日' || after == '号' || after == '號')) {
                NumberEmit.date(month, day, out);
                return d.end() + 1;
            }
            NumberEmit.month(month, out);
            return end + 1;
        }
        for (BigDecimal v : t.values()) {
            NumberEmit.number(v, out);
        }
        return end;
    }

    /** The number at {@code i}, or null if none starts there. */
    private static NumberToken parseAt(String text, int i, boolean[] mask) {
        if (i >= text.length() || NumberHan.isMasked(mask, i)) {
            return null;
        }
        if (!AnchorText.isDigit(text.charAt(i))) {
            return NumberHan.parse(text, i, mask);
        }
        char before = AnchorText.at(text, i - 1);
        boolean glued = AnchorText.isAsciiAlnum(before)
                || (before == '-' || before == '.') && AnchorText.isAsciiAlnum(AnchorText.at(text, i - 2));
        NumberToken t = NumberToken.digits(text, i);
        if (glued || AnchorText.isAsciiLetter(AnchorText.at(text, t.end()))) {
            return null;
        }
        BigDecimal v = t.single();
        int end = t.end();
        long unit;
        while (end < text.length() && !NumberHan.isMasked(mask, end)
                && (unit = NumberHan.unit(text.charAt(end))) > 10) {
            v = v.multiply(BigDecimal.valueOf(unit));
            end++;
        }
        return NumberToken.of(v, end);
    }
}
