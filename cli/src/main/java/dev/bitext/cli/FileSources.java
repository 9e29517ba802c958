package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.doc.InputFormat;
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
     * @param format   its format, or null to go by its name and content
     * @param encoding how to decode it
     */
    record Bilingual(Path file, InputFormat format, InputEncoding encoding) implements TmSource {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public DocumentPair load() {
            return read(file, format, encoding).bilingual();
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
     * @param format         the files' format, or null to go by their names and contents
     * @param encoding       how to decode the files
     */
    record Pair(Path source, Path target, Language sourceLanguage, Language targetLanguage, boolean presegmented,
                InputFormat format, InputEncoding encoding) implements TmSource {
        @Override
        public String name() {
            return source.toString();
        }

        @Override
        public DocumentPair load() {
            ReadInput s = read(source, format, encoding);
            ReadInput t = read(target, format, encoding);
            Scripts.Languages languages = Scripts.ofPair(s.name(), s.text(), sourceLanguage, t.name(), t.text(),
                    targetLanguage, false);
            return new DocumentPair(s.document(languages.source(), presegmented),
                    t.document(languages.target(), presegmented));
        }
    }

    private static ReadInput read(Path file, InputFormat format, InputEncoding encoding) {
        return DocumentInputs.read(file, format, encoding, "to align");
    }
}
