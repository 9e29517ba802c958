package dev.bitext.doc;

import java.util.Objects;

/**
 * What an XLIFF file holds: the source side, and the target side (empty when no unit has a target: one side
 * only), with the languages the file declares. Immutable and thread-safe.
 *
 * @param source         the units' sources, one block a unit (paths {@code file[N]/unit[ID]/source})
 * @param target         the units' targets, one block a unit, empty when none is given
 * @param sourceLanguage the declared source language tag ({@code srcLang} / {@code source-language}), or null
 * @param targetLanguage the declared target language tag, or null
 */
public record XliffSides(StructuredText source, StructuredText target, String sourceLanguage, String targetLanguage) {
    /**
     * Checks that both sides are given.
     *
     * @param source         the source side
     * @param target         the target side (possibly without blocks)
     * @param sourceLanguage the declared source language, or null
     * @param targetLanguage the declared target language, or null
     */
    public XliffSides {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** {@return whether the file holds translations (a bilingual document), not only sources} */
    public boolean bilingual() {
        return !target.blocks().isEmpty();
    }
}
