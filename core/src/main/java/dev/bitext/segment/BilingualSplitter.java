package dev.bitext.segment;

import dev.bitext.BitextException;
import dev.bitext.Language;
import dev.bitext.internal.SegLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a file that holds both English and Chinese (an English block followed by the Chinese original,
 * or interleaved paragraphs, with web boilerplate around) into its English and Chinese paragraphs by
 * script.
 *
 * <p>Each non-blank line, trimmed of surrounding white space, is one paragraph. A line is Chinese when it
 * holds Han characters numbering at least a third of its Latin letters ("全球化改变了…DNA…"), English when
 * it holds Latin letters and is not Chinese ("Wang Yi (王毅) said ..."), and in neither list when it holds
 * neither (dates, numbers, separators).
 *
 * <p>Stateless and thread-safe.
 */
public final class BilingualSplitter {
    private BilingualSplitter() {
    }

    /**
     * Splits {@code text} into English and Chinese paragraphs.
     *
     * @param text the text holding both languages
     * @return its English and Chinese paragraphs
     * @throws BitextException "no Chinese text found" / "no English text found" when a language is missing
     */
    public static BilingualText split(String text) {
        Objects.requireNonNull(text, "text");
        List<Span> english = new ArrayList<>();
        List<Span> chinese = new ArrayList<>();
        SegLines.forEach(text, 0, text.length(), (start, end) -> {
            Language language = ScriptCounts.of(text, start, end).language();
            if (language == Language.CHINESE) {
                chinese.add(new Span(start, end));
            } else if (language == Language.ENGLISH) {
                english.add(new Span(start, end));
            }
        });
        if (chinese.isEmpty()) {
            throw new BitextException("no Chinese text found");
        }
        if (english.isEmpty()) {
            throw new BitextException("no English text found");
        }
        return new BilingualText(text, english, chinese);
    }
}
