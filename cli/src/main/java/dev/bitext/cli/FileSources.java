package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.tm.TmSource;
import java.nio.file.Path;

/**
 * Translation-memory sources read from files, as {@code align} reads them. Loading reads the files again each
 * time (strictly, in the given or detected encoding, see {@link TextFiles}) and checks their scripts
 * ({@link Scripts}); every failure is a {@link BitextException} naming the file. The pairs come in whatever
 * direction the files have: {@link dev.bitext.tm.TranslationMemoryBuilder} turns them to the memory's
 * languages.
 */
final class FileSources {
    private FileSources() {
    }

    /**
     * One file holding both languages, split by script; immutable and thread-safe.
     *
     * @param file     the file
     * @param encoding how to decode it
     */
    record Bilingual(Path file, InputEncoding encoding) implements TmSource {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public DocumentPair load() {
            String text = text(file, encoding);
            Scripts.requireSupportedBilingual(file.toString(), text);
            return Inputs.about(file.toString(), () -> DocumentPair.ofBilingual(text));
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
     * @param encoding       how to decode the files
     */
    record Pair(Path source, Path target, Language sourceLanguage, Language targetLanguage, boolean presegmented,
                InputEncoding encoding) implements TmSource {
        @Override
        public String name() {
            return source.toString();
        }

        @Override
        public DocumentPair load() {
            String sourceText = text(source, encoding);
            String targetText = text(target, encoding);
            Scripts.Languages languages = Scripts.ofPair(source.toString(), sourceText, sourceLanguage,
                    target.toString(), targetText, targetLanguage, false);
            return new DocumentPair(Inputs.document(source.toString(), sourceText, languages.source(), presegmented),
                    Inputs.document(target.toString(), targetText, languages.target(), presegmented));
        }
    }

    private static String text(Path file, InputEncoding encoding) {
        return TextFiles.readText(file, encoding, "to align");
    }
}
