package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.segment.LanguageDetector;
import dev.bitext.segment.Segmenter;
import java.util.function.Supplier;

/** Library calls on the text of one input file, with the file named in every error. Stateless. */
final class Inputs {
    private Inputs() {
    }

    /** Runs {@code work}; a {@link BitextException} it throws is rethrown with its message prefixed by {@code file}. */
    static <T> T about(String file, Supplier<T> work) {
        try {
            return work.get();
        } catch (BitextException e) {
            String prefix = file;
            if (e.getMessage() != null && e.getMessage().startsWith(prefix + ":")) {
                throw e;
            }
            throw new BitextException(prefix + ": " + e.getMessage(), e);
        }
    }

    /** Segments the text of {@code file} in {@code language}, or in its detected language when null. */
    static Document segment(String file, String text, Language language) {
        Language lang = language != null ? language : LanguageDetector.detect(text);
        return about(file, () -> Segmenter.of(lang).segment(text));
    }

    /** The sentences of {@code file}: one per line when {@code presegmented}, else segmented as {@link #segment}. */
    static Document document(String file, String text, Language language, boolean presegmented) {
        if (presegmented) {
            return Document.ofLines(language != null ? language : LanguageDetector.detect(text), TextFiles.lines(text));
        }
        return segment(file, text, language);
    }

    /**
     * The source language of a bilingual run: the one given, else the other of the given target, else English.
     */
    static Language sourceOf(Language source, Language target) {
        return source != null ? source : target != null ? other(target) : Language.ENGLISH;
    }

    /** The other of the two languages. */
    static Language other(Language language) {
        return language == Language.ENGLISH ? Language.CHINESE : Language.ENGLISH;
    }

    /** The English name of a language, for messages. */
    static String name(Language language) {
        return language == Language.ENGLISH ? "English" : "Chinese";
    }
}
