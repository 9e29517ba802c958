package dev.bitext.anchor;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number read from a sentence: its values and the index after its last character. Usually one
 * value; none when the text is a number that must not count (几十, a bare 千), several for
 * approximations written digit by digit (三四 "three or four").
 *
 * @param values the values, immutable
 * @param end    the index after the number in the text
 */
record NumberToken(List<BigDecimal> values, int end) {
    NumberToken {
        values = List.copyOf(values);
    }

    /** A token of one value. */
    static NumberToken of(BigDecimal value, int end) {
        return new NumberToken(List.of(value), end);
    }

    /** The only value, or null unless there is exactly one. */
    BigDecimal single() {
        return values.size() == 1 ? values.get(0) : null;
    }

    /** The only value if it is an integer in {@code [min, max]}, else -1. */
    int smallInt(int min, int max) {
        BigDecimal v = single();
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0
                || v.stripTrailingZeros().scale() > 0) {
            return -1;
        }
        int i = v.intValue();
        return i >= min ? i : -1;
    }

    /**
     * Reads ASCII digits at {@code start}: {@code 1234}, {@code 1,000,000} (groups of exactly three
     * after a comma), {@code 3.5}.
     *
     * @return the token, or null when {@code start} holds no digit
     */
    static NumberToken digits(String text, int start) {
        int i = start;
        while (AnchorText.isDigit(AnchorText.at(text, i))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.substring(start, i));
        while (AnchorText.at(text, i) == ',' && isGroup(text, i + 1)) {
            sb.append(text, i + 1, i + 4);
            i += 4;
        }
        if (AnchorText.at(text, i) == '.' && AnchorText.isDigit(AnchorText.at(text, i + 1))) {
            int j = i + 1;
            while (AnchorText.isDigit(AnchorText.at(text, j))) {
                j++;
            }
            sb.append(text, i, j);
            i = j;
        }
        return of(new BigDecimal(sb.toString()), i);
    }

    private static boolean isGroup(String text, int i) {
        return AnchorText.isDigit(AnchorText.at(text, i)) && AnchorText.isDigit(AnchorText.at(text, i + 1))
                && AnchorText.isDigit(AnchorText.at(text, i + 2)) && !AnchorText.isDigit(AnchorText.at(text, i + 3));
    }
}
