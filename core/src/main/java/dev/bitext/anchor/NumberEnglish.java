package dev.bitext.anchor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Number anchors of an English sentence: digits ({@code 1,000}, {@code 3.5}, {@code 3 million}),
 * number words ({@code twenty-four}, {@code three hundred}), percentages ({@code 30%},
 * {@code thirty per cent}), ordinals ({@code 3rd}, {@code third}), dates ({@code January 24},
 * {@code 24 Jan.}, {@code the 24th of January}) and month names. Digits glued to letters
 * ({@code G7}, {@code COVID-19}) are Latin tokens, not numbers.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberEnglish {
    /** A token: a word (lower case), a number, or a punctuation mark ('%', '.', or '|' for others). */
    private record Tok(char type, String word, boolean capitalized, NumberToken number, boolean ordinal) {
        /** A word that plays no part in any number, date or percentage (all words but a few). */
        static final Tok OTHER_WORD = new Tok('w', NumberWords.OTHER, false, null, false);
        private static final Tok PERCENT = new Tok('%', null, false, null, false);
        private static final Tok DOT = new Tok('.', null, false, null, false);
        private static final Tok PUNCT = new Tok('|', null, false, null, false);

        static Tok mark(char type) {
            return type == '%' ? PERCENT : type == '.' ? DOT : PUNCT;
        }

        /** The word {@code text[start, end)} of ASCII letters. */
        static Tok word(String text, int start, int end) {
            String word = NumberWords.relevant(text, start, end);
            return word == NumberWords.OTHER ? OTHER_WORD
                    : new Tok('w', word, Character.isUpperCase(text.charAt(start)), null, false);
        }
    }

    private static final AsciiWords ORDINAL_SUFFIXES = AsciiWords.of("st", "nd", "rd", "th");

    private NumberEnglish() {
    }

    /** Adds the number anchors of {@code text} to {@code out}. */
    static void collect(String text, AnchorSink out) {
        List<Tok> toks = tokenize(text);
        int i = 0;
        while (i < toks.size()) {
            i = anchorAt(toks, i, out);
        }
    }

    private static int anchorAt(List<Tok> toks, int i, AnchorSink out) {
        Tok t = toks.get(i);
        if (t.type == 'n') {
            return afterNumber(toks, i, t.number.single(), t.ordinal, out);
        }
        if (t.type != 'w') {
            return i + 1;
        }
        int month = t.capitalized ? NumberWords.month(t.word) : 0;
        if (month > 0) {
            return afterMonth(toks, i, month, out);
        }
        if (!NumberWords.mayStart(t.word)) {
            return i + 1;
        }
        NumberWords.Phrase phrase = NumberWords.parse(k -> wordAt(toks, k), i);
        if (phrase == null) {
            return i + 1;
        }
        return afterNumber(toks, phrase.end() - 1, BigDecimal.valueOf(phrase.value()), phrase.ordinal(), out);
    }

    /** A month name at {@code i}: "January 24", "Jan. 24th", or the month alone. */
    private static int afterMonth(List<Tok> toks, int i, int month, AnchorSink out) {
        int j = i + 1;
        if (j < toks.size() && toks.get(j).type == '.') {
            j++;
        }
        int day = dayAt(toks, j);
        if (day > 0) {
            NumberEmit.date(month, day, out);
            return j + 1;
        }
        if (NumberWords.isFullMonth(toks.get(i).word) && !"may".equals(toks.get(i).word)) {
            NumberEmit.month(month, out);
        }
        return i + 1;
    }

    /** The number {@code value} ends at token {@code last}; reads what follows and emits. */
    private static int afterNumber(List<Tok> toks, int last, BigDecimal value, boolean ordinal, AnchorSink out) {
        int j = last + 1;
        if ("of".equals(wordAt(toks, j)) && monthAt(toks, j + 1) > 0) {
            j++;
        }
        int month = monthAt(toks, j);
        int day = NumberToken.of(value, 0).smallInt(1, 31);
        if (month > 0 && day > 0) {
            NumberEmit.date(month, day, out);
            return j + 1;
        }
        if (ordinal) {
            NumberEmit.ordinal(value, out);
            return last + 1;
        }
        BigDecimal v = value;
        j = last + 1;
        long scale;
        while ((scale = NumberWords.scale(wordAt(toks, j))) > 0) {
            v = v.multiply(BigDecimal.valueOf(scale));
            j++;
        }
        int pctEnd = percentEnd(toks, j);
        if (pctEnd > j) {
            NumberEmit.percent(v, out);
            return pctEnd;
        }
        NumberEmit.number(v, out);
        return j;
    }

    private static int percentEnd(List<Tok> toks, int j) {
        if (j < toks.size() && toks.get(j).type == '%' || "percent".equals(wordAt(toks, j))) {
            return j + 1;
        }
        return "per".equals(wordAt(toks, j)) && "cent".equals(wordAt(toks, j + 1)) ? j + 2 : j;
    }

    private static int dayAt(List<Tok> toks, int j) {
        return j < toks.size() && toks.get(j).type == 'n' ? toks.get(j).number.smallInt(1, 31) : -1;
    }

    private static int monthAt(List<Tok> toks, int j) {
        return j < toks.size() && toks.get(j).capitalized ? NumberWords.month(toks.get(j).word) : 0;
    }

    private static String wordAt(List<Tok> toks, int j) {
        return j < toks.size() && toks.get(j).type == 'w' ? toks.get(j).word : null;
    }

    private static List<Tok> tokenize(String text) {
        List<Tok> toks = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (AnchorText.isAsciiLetter(c)) {
                int end = letterEnd(text, i);
                if (AnchorText.isDigit(AnchorText.at(text, end))) {
                    toks.add(Tok.mark('|'));
                    end = alnumEnd(text, end);
                } else {
                    toks.add(Tok.word(text, i, end));
                }
                i = end;
            } else if (AnchorText.isDigit(c)) {
                i = number(text, i, toks);
            } else {
                if (c == '%' || c == '.') {
                    toks.add(Tok.mark(c));
                } else if (!Character.isWhitespace(c) && c != '-' && c != '\u2013') {
                    toks.add(Tok.mark('|'));
                }
                i++;
            }
        }
        return toks;
    }

    private static int number(String text, int i, List<Tok> toks) {
        char before = AnchorText.at(text, i - 1);
        boolean glued = AnchorText.isAsciiLetter(before)
                || before == '-' && AnchorText.isAsciiLetter(AnchorText.at(text, i - 2));
        NumberToken t = NumberToken.digits(text, i);
        int end = t.end();
        int letters = letterEnd(text, end);
        boolean ordinal = ORDINAL_SUFFIXES.contains(text, end, letters);
        if (glued || letters > end && !ordinal || AnchorText.isDigit(AnchorText.at(text, letters))) {
            toks.add(Tok.mark('|'));
            return alnumEnd(text, end);
        }
        toks.add(new Tok('n', null, false, t, ordinal));
        return letters;
    }

    private static int letterEnd(String text, int i) {
        int j = i;
        while (j < text.length() && AnchorText.isAsciiLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int alnumEnd(String text, int i) {
        int j = i;
        while (j < text.length() && AnchorText.isAsciiAlnum(text.charAt(j))) {
            j++;
        }
        return j;
    }
}
