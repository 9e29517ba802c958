package dev.bitext.anchor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese numerals: 二十四, 两千零二十四, 三亿五千万, 三点五, years digit by digit (一九九〇,
 * 九八年), approximations digit by digit (三四 gives 3 and 4). A run starting with 百, 千, 万 or 亿
 * (千万 "by all means", 万里) and a run next to 几 (几十, 十几) give no value.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberHan {
    private static final long WAN = 10_000L;
    private static final long YI = 100_000_000L;

    private NumberHan() {
    }

    /** The digit value of a Chinese numeral digit (〇 零 一 二 两 … 九), or -1. */
    static int digit(char c) {
        switch (c) {
            case '〇': case '零': return 0;
            case '一': return 1;
            case '二': case '两': case '兩': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    /** The value of a Chinese unit character (十 百 千 万 亿), or 0. */
    static long unit(char c) {
        switch (c) {
            case '十': return 10;
            case '百': return 100;
            case '千': return 1_000;
            case '万': case '萬': return WAN;
            case '亿': case '億': return YI;
            default: return 0;
        }
    }

    /** Whether {@code c} is a Chinese numeral digit or unit. */
    static boolean isNumeral(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    /**
     * Reads the Chinese numeral starting at {@code start}, stopping at characters for which
     * {@code masked} is set.
     *
     * @return the token, or null if {@code start} holds no numeral
     */
    static NumberToken parse(String text, int start, boolean[] masked) {
        int intEnd = start;
        while (intEnd < text.length() && isNumeral(text.charAt(intEnd)) && !isMasked(masked, intEnd)) {
            intEnd++;
        }
        if (intEnd == start) {
            return null;
        }
        int end = intEnd;
        StringBuilder fraction = new StringBuilder();
        if (AnchorText.at(text, end) == '点' && digit(AnchorText.at(text, end + 1)) >= 0
                && !isMasked(masked, end + 1)) {
            end++;
            while (end < text.length() && digit(text.charAt(end)) >= 0 && !isMasked(masked, end)) {
                fraction.append(digit(text.charAt(end++)));
            }
        }
        char first = text.charAt(start);
        if (unit(first) > 10 || AnchorText.at(text, start - 1) == '几' || AnchorText.at(text, intEnd) == '几') {
            return new NumberToken(List.of(), end);
        }
        String run = text.substring(start, intEnd);
        boolean hasUnit = run.chars().anyMatch(c -> unit((char) c) > 0);
        String integer;
        if (hasUnit) {
            integer = Long.toString(withUnits(run));
        } else if (run.length() == 1 || run.length() >= 4 || AnchorText.at(text, intEnd) == '年') {
            integer = digitByDigit(run);
        } else {
            return new NumberToken(eachDigit(run), end);
        }
        String value = fraction.length() == 0 ? integer : integer + "." + fraction;
        return NumberToken.of(new BigDecimal(value), end);
    }

    private static long withUnits(String run) {
        long total = 0;
        long section = 0;
        long num = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int d = digit(c);
            long u = unit(c);
            if (d >= 0) {
                num = d;
            } else if (u < WAN) {
                section += Math.max(num, 1) * u;
                num = 0;
            } else if (u == WAN) {
                total += Math.max(section + num, 1) * WAN;
                section = 0;
                num = 0;
            } else {
                total = Math.max(total + section + num, 1) * YI;
                section = 0;
                num = 0;
            }
        }
        return total + section + num;
    }

    private static String digitByDigit(String run) {
        StringBuilder sb = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            sb.append(digit(run.charAt(i)));
        }
        return sb.toString();
    }

    private static List<BigDecimal> eachDigit(String run) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < run.length(); i++) {
            values.add(BigDecimal.valueOf(digit(run.charAt(i))));
        }
        return values;
    }

    /** Whether position {@code i} is masked ({@code masked} may be null: nothing is). */
    static boolean isMasked(boolean[] masked, int i) {
        return masked != null && i < masked.length && masked[i];
    }
}
