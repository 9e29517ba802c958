package dev.bitext.cli;

import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.Sentence;
import dev.bitext.doc.Block;
import dev.bitext.doc.StructuredText;
import dev.bitext.segment.LanguageDetector;
import java.util.List;
import java.util.function.Function;

/**
 * One input as read by {@link DocumentInputs}: its name in messages, its text (plain text as decoded, or the
 * text a document reader extracted), and its blocks when it is a structured document (HTML, Markdown, DOCX,
 * XLIFF, subtitles), null for plain text, which keeps the reading bitext always had. Immutable and
 * thread-safe.
 *
 * @param name       the file's name, or {@code standard input}
 * @param text       the text scripts are judged on and a bilingual input is split in
 * @param structured the blocks of a structured document, or null for plain text
 */
record ReadInput(String name, String text, StructuredText structured) {
    /**
     * The sentences: one per line when {@code presegmented} (a structured document's lines are its blocks'),
     * else segmented, a structured document block by block (a sentence's paragraph is its block's index).
     */
    Document document(Language language, boolean presegmented) {
        if (structured == null) {
            return Inputs.document(name, text, language, presegmented);
        }
        Language lang = language != null ? language : LanguageDetector.detect(text);
        if (presegmented) {
            return structured.presegmented(lang);
        }
        return Inputs.about(name, () -> structured.segment(lang));
    }

    /**
     * The way from a sentence of {@link #document} (or of {@link #bilingual}) back to its source element's
     * path, or null for plain text.
     */
    Function<Sentence, String> paths(boolean presegmented) {
        if (structured == null) {
            return null;
        }
        if (presegmented) {
            List<String> lines = structured.linePaths();
            return s -> s.index() < lines.size() ? lines.get(s.index()) : null;
        }
        return s -> structured.blockAt(s.start()).map(Block::path).orElse(null);
    }

    /** Its English and Chinese parts, split by script as a bilingual text file is. */
    DocumentPair bilingual() {
        Scripts.requireSupportedBilingual(name, text);
        return Inputs.about(name, () -> DocumentPair.ofBilingual(text));
    }
}
