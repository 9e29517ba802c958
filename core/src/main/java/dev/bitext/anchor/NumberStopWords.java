package dev.bitext.anchor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Frequent Chinese words and idioms whose numerals are not numbers (十分 "very", 万一 "in case",
 * 三心二意, 乱七八糟 …) and the day of weekday names (星期五). An occurrence right after a numeral or digit does not count, so that
 * 三十分钟 still reads 30 and 一千万 ten million.
 *
 * <p>Immutable and thread-safe.
 */
final class NumberStopWords {
    private static final List<String> WORDS = List.of(
            "十分", "十足", "十字", "十全十美", "万一", "万万", "千万", "万岁", "万物", "万分", "万般", "千古",
            "千里", "万里", "百姓", "百货", "千方百计", "千辛万苦", "成千上万", "千千万万", "千军万马",
            "三心二意", "一五一十", "不三不四", "七上八下", "乱七八糟", "七嘴八舌", "四面八方", "五颜六色",
            "四处", "四周", "四肢", "五官", "三三两两", "九死一生", "八成", "十之八九", "三番五次", "接二连三",
            "独一无二", "说一不二", "一清二楚", "数一数二", "五花八门", "六神无主", "二话不说", "三角", "八卦",
            "九泉", "七窍", "两全其美", "三长两短", "三言两语", "半斤八两", "丢三落四", "颠三倒四", "低三下四",
            "朝三暮四", "横七竖八", "七零八落", "三五成群", "再三", "两侧", "两边", "两旁", "萬萬", "萬一", "萬歲", "亂七八糟",
            "千萬", "百貨");

    /** The first characters of the words, to skip most positions at once. */
    private static final String FIRSTS = WORDS.stream()
            .map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
    /** For each character of {@link #FIRSTS}, at the same index, the words starting with it. */
    private static final String[][] BY_FIRST = FIRSTS.chars()
            .mapToObj(f -> WORDS.stream().filter(w -> w.charAt(0) == f).toArray(String[]::new))
            .toArray(String[][]::new);
    /** Weekdays: 星期五 is Friday, not five. */
    private static final String WEEKDAY_PREFIXES = "星期 礼拜 禮拜";

    private NumberStopWords() {
    }

    /**
     * The positions of {@code text} covered by a stop word, or null when none is; only called for
     * text holding a numeral.
     */
    static boolean[] mask(String text) {
        boolean[] mask = null;
        for (String prefix : WEEKDAY_PREFIXES.split(" ")) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                if (NumberHan.isNumeral(AnchorText.at(text, at + 2))) {
                    mask = cover(mask, text, at + 2, 1);
                }
            }
        }
        for (int at = 0; at < text.length(); at++) {
            int first = FIRSTS.indexOf(text.charAt(at));
            if (first < 0) {
                continue;
            }
            for (String word : BY_FIRST[first]) {
                if (text.startsWith(word, at)
                        && !(afterNumeral(text, at) && NumberHan.isNumeral(word.charAt(0)))) {
                    mask = cover(mask, text, at, word.length());
                }
            }
        }
        return mask;
    }

    private static boolean[] cover(boolean[] mask, String text, int from, int length) {
        boolean[] m = mask == null ? new boolean[text.length()] : mask;
        for (int i = from; i < from + length; i++) {
            m[i] = true;
        }
        return m;
    }

    private static boolean afterNumeral(String text, int at) {
        char before = AnchorText.at(text, at - 1);
        return NumberHan.isNumeral(before) || AnchorText.isDigit(before);
    }
}
