package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.segment.LanguageDetector;
import dev.bitext.tm.TmSource;
import java.nio.file.Path;

/**
 * Translation-memory sources read from files, as {@code align} reads them. Loading reads the files again each
 * time (strict UTF-8, see {@link TextFiles}); every failure is a {@link BitextException} naming the file.
 */
final class FileSources {
    private FileSources() {
    }

    /**
     * One file holding both languages, split by script.
     *
     * @param file   the file
     * @param source the language to put first (the translation memory's source)
     */
    record Bilingual(Path file, Language source) implements TmSource {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public DocumentPair load() {
            return Inputs.bilingual(file, text(file), source);
        }
    }

    /**
     * A source file and a target file; immutable and thread-safe.
     *
     * @param source         the source file
     * @param target         the target file
     * @param sourceLanguage the source file's language, or null to detect it
     * @param targetLanguage the target file's language, or null to detect it
     * @param memorySource   the translation memory's source language: a pair found the other way round is
     *                       turned round
     * @param presegmented   whether each line is a sentence
     */
    record Pair(Path source, Path target, Language sourceLanguage, Language targetLanguage, Language memorySource,
                boolean presegmented) implements TmSource {
        @Override
        public String name() {
            return source.toString();
        }

        @Override
        public DocumentPair load() {
            String sourceText = text(source);
            String targetText = text(target);
            Language s = sourceLanguage != null ? sourceLanguage : LanguageDetector.detect(sourceText);
            Language t = targetLanguage != null ? targetLanguage : LanguageDetector.detect(targetText);
            if (s == t) {
                throw new BitextException(source + " and " + target + " are both " + Inputs.name(s));
            }
            DocumentPair pair = new DocumentPair(Inputs.document(source, sourceText, s, presegmented),
                    Inputs.document(target, targetText, t, presegmented));
            return s == memorySource ? pair : new DocumentPair(pair.target(), pair.source());
        }
    }

    private static String text(Path file) {
        TextFiles.requireFile(file);
        return TextFiles.requireText(file, TextFiles.read(file), "to align");
    }
}
