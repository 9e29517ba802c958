package dev.bitext.anchor;

import java.math.BigDecimal;

/**
 * Writes number anchors in their canonical readable form: {@code num:}, {@code pct:},
 * {@code ord:}, {@code date:M-D} and {@code month:M}, values as plain decimals without trailing
 * zeros ({@code 3.50 -> 3.5}, {@code 3E+4 -> 30000}). Zero and one are never {@code num:} or
 * {@code ord:} anchors: too common (一, a, one, first) to be evidence.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberEmit {
    private NumberEmit() {
    }

    /** The canonical decimal text of {@code v}. */
    static String canonical(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** Adds {@code num:v} unless v is 0 or 1. */
    static void number(BigDecimal v, AnchorSink out) {
        if (!isZeroOrOne(v)) {
            out.add("num:" + canonical(v));
        }
    }

    /** Adds {@code pct:v}. */
    static void percent(BigDecimal v, AnchorSink out) {
        out.add("pct:" + canonical(v));
    }

    /**
     * Adds {@code ord:v} and {@code num:v} for a whole v above 1: translations often trade an
     * ordinal for a cardinal (十五队 "the fifteenth team", 十六岁 "her sixteenth birthday"), so an
     * ordinal also counts as its number, and {@code ord:} adds weight when both sides have one.
     */
    static void ordinal(BigDecimal v, AnchorSink out) {
        if (!isZeroOrOne(v) && v.stripTrailingZeros().scale() <= 0) {
            out.add("ord:" + canonical(v));
            out.add("num:" + canonical(v));
        }
    }

    /** Adds {@code date:month-day}. */
    static void date(int month, int day, AnchorSink out) {
        out.add("date:" + month + "-" + day);
    }

    /** Adds {@code month:m}. */
    static void month(int month, AnchorSink out) {
        out.add("month:" + month);
    }

    private static boolean isZeroOrOne(BigDecimal v) {
        return v.signum() == 0 || v.compareTo(BigDecimal.ONE) == 0;
    }
}
