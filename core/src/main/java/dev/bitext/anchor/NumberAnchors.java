package dev.bitext.anchor;

import dev.bitext.Language;

/**
 * Number anchors ({@link AnchorKind#NUMBER}) for either language: see {@link NumberEnglish} and
 * {@link NumberChinese}.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberAnchors implements AnchorSource {
    @Override
    public void collect(String text, Language language, AnchorSink out) {
        if (language == Language.CHINESE) {
            NumberChinese.collect(text, out);
        } else {
            NumberEnglish.collect(text, out);
        }
    }
}
