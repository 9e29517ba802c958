package dev.bitext.tm;

import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One document pair to put into a translation memory, loaded on demand. {@link TranslationMemoryBuilder}
 * loads every source twice (once per pass) and may do so from several threads at once: implementations
 * must be thread-safe and give the same pair each time.
 */
public interface TmSource {
    /** {@return how the document is named in the TMX ({@code x-document}), the report and warnings} */
    String name();

    /**
     * Reads and segments the pair.
     *
     * @return the source and target documents
     * @throws BitextException for a problem with the input (unreadable, not UTF-8, no Chinese
     *                                    found ...): the document is then skipped, with the message as reason
     */
    DocumentPair load();

    /**
     * A UTF-8 file holding both languages ({@link DocumentPair#ofBilingual}), named by its path. Read at
     * each load; a file that cannot be read, is not UTF-8 or lacks one of the languages fails the load
     * with a {@link BitextException} naming the file.
     *
     * @param file the bilingual UTF-8 file
     * @return a source reading {@code file}
     */
    static TmSource bilingualFile(Path file) {
        Objects.requireNonNull(file, "file");
        return new NamedSource(file.toString(), () -> {
            String text;
            try {
                text = Files.readString(file);
            } catch (CharacterCodingException e) {
                throw new BitextException(file + ": not valid UTF-8", e);
            } catch (IOException e) {
                throw new BitextException(file + ": cannot be read (" + e + ")", e);
            }
            try {
                return DocumentPair.ofBilingual(text);
            } catch (BitextException e) {
                throw new BitextException(file + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * A source for a pair already in memory.
     *
     * @param name how the document is named
     * @param pair the documents
     * @return a source returning {@code pair}
     */
    static TmSource of(String name, DocumentPair pair) {
        Objects.requireNonNull(pair, "pair");
        return new NamedSource(name, () -> pair);
    }
}
