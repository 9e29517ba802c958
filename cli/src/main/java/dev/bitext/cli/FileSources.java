package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.segment.LanguageDetector;
import dev.bitext.tm.TmSource;
import java.nio.file.Path;

/**
 * Translation-memory sources read from files, as {@code align} reads them. Loading reads the files again each
 * time (strict UTF-8, see {@link TextFiles}); every failure is a {@link BitextException} naming the file. The
 * pairs come in whatever direction the files have: {@link dev.bitext.tm.TranslationMemoryBuilder} turns them
 * to the memory's languages.
 */
final class FileSources {
    private FileSources() {
    }

    /**
     * One file holding both languages, split by script; immutable and thread-safe.
     *
     * @param file the file
     */
    record Bilingual(Path file) implements TmSource {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public DocumentPair load() {
            String text = text(file);
            return Inputs.about(file, () -> DocumentPair.ofBilingual(text));
        }
    }

    /**
     * A source file and a target file; immutable and thread-safe.
     *
     * @param source         the source file
     * @param target         the target file
     * @param sourceLanguage the source file's language, or null to detect it
     * @param targetLanguage the target file's language, or null to detect it
     * @param presegmented   whether each line is a sentence
     */
    record Pair(Path source, Path target, Language sourceLanguage, Language targetLanguage, boolean presegmented)
            implements TmSource {
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
            return new DocumentPair(Inputs.document(source, sourceText, s, presegmented),
                    Inputs.document(target, targetText, t, presegmented));
        }
    }

    private static String text(Path file) {
        TextFiles.requireFile(file);
        return TextFiles.requireText(file, TextFiles.read(file), "to align");
    }
}
