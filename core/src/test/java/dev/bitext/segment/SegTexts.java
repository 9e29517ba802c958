package dev.bitext.segment;

import dev.bitext.Language;
import dev.bitext.Sentence;
import java.util.List;
import java.util.SplittableRandom;

/** Test helpers: sentence texts of a segmentation and random mixed-script text. */
final class SegTexts {
    private static final String[] PIECES = {
        "word", "The", "Mr.", "U.S.", "J.", "3.5", "etc.", "e.g.", " ", " ", " ", "  ", ".", "!", "?", "...",
        "\n", "\r", "\r\n", "\u2028", "\u2029", "\t", "\u00A0", "\u3000", "汉字", "中国", "。", "！", "？", "……",
        "，", "；", "“", "”", "「", "」", "（", "）", "《", "》", "‘", "’", "\"", "'", "(", ")", "😀", "👍🏽",
        "e\u0301", "\u0000", "\uD800", "\uDC00", "COVID-19", "2+2", "Ω", "ß", "-", ",",
    };

    private SegTexts() {
    }

    /** The texts of the sentences of {@code text} segmented in {@code language}. */
    static List<String> sentences(Language language, String text) {
        return Segmenter.of(language).segment(text).sentences().stream().map(Sentence::text).toList();
    }

    /** A random text of about {@code pieces} pieces drawn from mixed scripts, punctuation and odd characters. */
    static String random(SplittableRandom random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /**
     * Whether {@code c} is white space the segmenter trims, as its documentation lists it: Java white space,
     * space separators, NEL, zero-width space, word joiner and the byte order mark.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085'
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
