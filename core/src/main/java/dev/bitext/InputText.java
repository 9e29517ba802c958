package dev.bitext;

import dev.bitext.io.TextReader;
import dev.bitext.segment.LanguageDetector;
import dev.bitext.segment.Segmenter;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Reads the files {@link Aligner} aligns: strictly ({@link TextReader#strict()}), refusing a file without text,
 * its language told by its script ({@link LanguageDetector}). Stateless.
 */
final class InputText {
    private InputText() {
    }

    /** The text of {@code file}; a {@link BitextException} naming it when it is empty or only white space. */
    static String read(Path file) {
        return TextReader.strict().readText(file, "to align");
    }

    /** {@code file}'s text segmented in the language its script shows. */
    static Document document(Path file) {
        String text = read(file);
        return Segmenter.of(LanguageDetector.detect(text)).segment(text);
    }

    /** Runs {@code action}, a {@link BitextException} from it prefixed with {@code file}'s name. */
    static <T> T about(Path file, Supplier<T> action) {
        try {
            return action.get();
        } catch (BitextException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file + ": ")) {
                throw e;
            }
            throw new BitextException(file + ": " + e.getMessage(), e);
        }
    }
}
