package dev.bitext.spark;

import java.io.Serial;
import java.io.Serializable;

/**
 * One input document as the executors receive it: its place in the input, its name and either two texts, one
 * bilingual text or two file paths, with the languages the row gives (null: the job's, else detected).
 * Immutable.
 *
 * @param index      the document's place in the input (units are written in this order)
 * @param id         its name: the TMX's {@code x-document} and the units' {@code id}
 * @param sourceText the source text, or null
 * @param targetText the target text, or null
 * @param text       a text holding both languages, or null
 * @param sourcePath the source file, or null
 * @param targetPath the target file, or null
 * @param sourceLang the source's language code ({@code en}, {@code zh}), or null
 * @param targetLang the target's language code, or null
 */
record DocumentRow(long index, String id, String sourceText, String targetText, String text, String sourcePath,
                   String targetPath, String sourceLang, String targetLang) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
