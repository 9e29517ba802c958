package dev.bitext.cli;

import dev.bitext.Alignment;
import dev.bitext.Document;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Warns when one side of an alignment is a single sentence against many on the other ({@value #MANY} or
 * more): the sign of a file whose line ends were not seen, or of one long line without sentence
 * punctuation. Stateless.
 */
final class Lopsided {
    /** The fewest sentences on the other side for a single sentence to be worth a warning. */
    static final int MANY = 20;

    private Lopsided() {
    }

    /** For two files: {@code a.txt: 1 sentence against 312 in b.txt: is it one line? (…)}. */
    static Optional<String> ofFiles(Path source, Document s, Path target, Document t, boolean presegmented) {
        Optional<Boolean> sourceIsOne = oneSide(s, t);
        return sourceIsOne.map(one -> (one ? source : target) + ": 1 sentence against " + (one ? t : s).size()
                + " in " + (one ? target : source) + ": is it one line" + hint(presegmented));
    }

    /**
     * For one document (a bilingual file, a pair of a translation memory):
     * {@code doc: 1 English sentence against 312 Chinese: is the English one line? (…)}.
     */
    static Optional<String> ofDocument(String name, Alignment a, boolean presegmented) {
        return oneSide(a.source(), a.target()).map(one -> {
            Document single = one ? a.source() : a.target();
            Document many = one ? a.target() : a.source();
            String language = Inputs.name(single.language());
            return name + ": 1 " + language + " sentence against " + many.size() + " " + Inputs.name(many.language())
                    + ": is the " + language + " one line" + hint(presegmented);
        });
    }

    /** True when the source is the single sentence, false when the target is, empty when neither. */
    private static Optional<Boolean> oneSide(Document source, Document target) {
        if (source.size() == 1 && target.size() >= MANY) {
            return Optional.of(true);
        }
        if (target.size() == 1 && source.size() >= MANY) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static String hint(boolean presegmented) {
        return presegmented ? "? (with --presegmented every line is a sentence)" : " without sentence punctuation?";
    }
}
