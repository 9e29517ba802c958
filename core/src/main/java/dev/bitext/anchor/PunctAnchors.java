package dev.bitext.anchor;

import dev.bitext.Language;

/**
 * Punctuation anchors: {@code punct:question}, {@code punct:exclaim}, {@code punct:quote} and
 * {@code punct:paren}, one per kind present, for either language (full-width forms are folded to
 * ASCII before).
 *
 * <p>Stateless and thread-safe.
 */
final class PunctAnchors implements AnchorSource {
    private static final String QUOTES = "\"\u201C\u201D\u300C\u300D\u300E\u300F\uFE41\uFE42\u00AB\u00BB";

    @Override
    public void collect(String text, Language language, AnchorSink out) {
        boolean question = false;
        boolean exclaim = false;
        boolean quote = false;
        boolean paren = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                question |= c == '?';
                exclaim |= c == '!';
                paren |= c == '(' || c == ')';
                quote |= c == '"';
            } else if (c < '\u0100' || c >= '\u2000') {
                quote |= QUOTES.indexOf(c) >= 0;
            }
        }
        addIf(question, "punct:question", out);
        addIf(exclaim, "punct:exclaim", out);
        addIf(quote, "punct:quote", out);
        addIf(paren, "punct:paren", out);
    }

    private static void addIf(boolean present, String anchor, AnchorSink out) {
        if (present) {
            out.add(anchor);
        }
    }
}
