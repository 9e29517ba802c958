package dev.bitext.anchor;

import dev.bitext.Language;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Latin-token anchors {@code latin:<lower-case token>}. A token is a run of ASCII letters and
 * digits, joined by {@code - + . & '} between two of them, with a trailing {@code 's} dropped. Every
 * token with a letter counts in Chinese text; in English text only tokens with a digit and a letter
 * ({@code G7}, {@code COVID-19}) or with an upper-case letter after the first character
 * ({@code DNA}, {@code iPhone}) count, so that ordinary words do not; ordinals such as {@code 3rd}
 * are numbers instead.
 *
 * <p>Stateless and thread-safe.
 */
final class LatinAnchors implements AnchorSource {
    private static final String JOINERS = "-+.&'";
    /** English ordinals in digits (3rd, 24th) are numbers, not Latin tokens. */
    private static final Pattern ORDINAL = Pattern.compile("[0-9]+(?:st|nd|rd|th)");

    @Override
    public void collect(String text, Language language, AnchorSink out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!AnchorText.isAsciiAlnum(text.charAt(i))
                    || AnchorText.isAsciiAlnum(AnchorText.at(text, i - 1))) {
                i++;
                continue;
            }
            int end = AnchorText.tokenEnd(text, i, c -> AnchorText.isAsciiAlnum((char) c), JOINERS);
            if (end - 2 > i && text.startsWith("'s", end - 2)) {
                end -= 2;
            }
            if (counts(text, i, end, language)) {
                out.add("latin:" + text.substring(i, end).toLowerCase(Locale.ROOT));
            }
            i = end;
        }
    }

    private static boolean counts(String text, int start, int end, Language language) {
        boolean letter = false;
        boolean digit = false;
        boolean innerUpper = false;
        boolean apostrophe = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            letter |= AnchorText.isAsciiLetter(c);
            digit |= AnchorText.isDigit(c);
            innerUpper |= i > start && c >= 'A' && c <= 'Z';
            apostrophe |= c == '\'';
        }
        if (language == Language.CHINESE || !letter) {
            return letter;
        }
        return (digit || innerUpper) && !apostrophe && !ORDINAL.matcher(text.subSequence(start, end)).matches();
    }
}
