package dev.bitext.spark;

import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.cli.Sources;
import dev.bitext.tm.CorpusPasses;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Turns a {@link DocumentRow} into the document pair {@code build-tm} would align for it, in the memory's
 * direction: texts checked and segmented, files read, as the command line does. Immutable and serializable.
 */
final class DocumentLoader implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final Language memorySource;
    private final Language memoryTarget;
    private final Language sourceHint;
    private final Language targetHint;
    private final boolean presegmented;
    private final String charset;

    /**
     * A loader for a memory from {@code memorySource} to {@code memoryTarget}; the hints are the languages
     * given for every document (null: detected), as {@code build-tm --source-lang/--target-lang} give them.
     */
    DocumentLoader(Language memorySource, Language memoryTarget, Language sourceHint, Language targetHint,
                   boolean presegmented, Charset charset) {
        this.memorySource = memorySource;
        this.memoryTarget = memoryTarget;
        this.sourceHint = sourceHint;
        this.targetHint = targetHint;
        this.presegmented = presegmented;
        this.charset = charset == null ? null : charset.name();
    }

    /**
     * The row's documents, source first.
     *
     * @throws BitextException for a document that cannot be aligned, the message saying why (as the
     *                         warning {@code build-tm} prints)
     */
    DocumentPair load(DocumentRow row) {
        Language s = language(row, row.sourceLang(), sourceHint);
        Language t = language(row, row.targetLang(), targetHint);
        DocumentPair pair;
        if (row.sourcePath() != null || row.targetPath() != null) {
            if (row.sourcePath() == null || row.targetPath() == null) {
                throw new BitextException(row.id() + ": a path is missing (source_path and target_path are both needed)");
            }
            Charset cs = charset == null ? null : Charset.forName(charset);
            pair = Sources.filePair(Path.of(row.sourcePath()), Path.of(row.targetPath()), s, t, presegmented, cs,
                    note -> { }).load();
        } else if (row.text() != null || row.sourceText() == null && row.targetText() == null) {
            pair = Sources.bilingual(row.id(), row.text());
        } else {
            pair = Sources.texts(row.id() + " (source_text)", row.sourceText(), s,
                    row.id() + " (target_text)", row.targetText(), t, presegmented);
        }
        return CorpusPasses.oriented(pair, memorySource, memoryTarget);
    }

    private static Language language(DocumentRow row, String code, Language hint) {
        if (code == null || code.isBlank()) {
            return hint;
        }
        try {
            return Language.fromTag(code.strip());
        } catch (IllegalArgumentException e) {
            throw new BitextException(row.id() + ": " + e.getMessage());
        }
    }
}
