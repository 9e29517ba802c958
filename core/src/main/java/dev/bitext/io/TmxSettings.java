package dev.bitext.io;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.segment.ScriptCounts;
import java.time.Instant;

/**
 * TMX header and language settings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceTag    xml:lang of source segments, e.g. {@code en-US}; null means each document's
 *                     {@link #defaultTag(Document)}
 * @param targetTag    xml:lang of target segments, e.g. {@code zh-CN}; null means each document's
 *                     {@link #defaultTag(Document)}
 * @param creationDate the header's creationdate; null means the time of writing
 */
public record TmxSettings(String sourceTag, String targetTag, Instant creationDate) {
    /**
     * Validates the tags.
     *
     * @param sourceTag the BCP 47 tag of the source language, or null for the default
     * @param targetTag the BCP 47 tag of the target language, or null for the default
     * @param creationDate the header's creation date, or null for the time of writing
     * @throws IllegalArgumentException if a tag is given but blank
     */
    public TmxSettings {
        if (sourceTag != null && sourceTag.isBlank() || targetTag != null && targetTag.isBlank()) {
            throw new IllegalArgumentException("TMX language tags must not be blank");
        }
    }

    /** The tag of Traditional Chinese text when none is given: {@value}. */
    public static final String TRADITIONAL_CHINESE_TAG = "zh-TW";

    /**
     * The tag written for {@code document} when none is given: {@link #TRADITIONAL_CHINESE_TAG} for a
     * Chinese document whose characters are Traditional ({@link ScriptCounts#isTraditional()}: more
     * Traditional-only than Simplified-only characters), else its language's {@link Language#defaultTag()}
     * ({@code en-US}, {@code zh-CN}).
     *
     * @param document the document whose tag is wanted
     * @return its default BCP 47 tag
     */
    public static String defaultTag(Document document) {
        Language language = document.language();
        if (language == Language.CHINESE && ScriptCounts.of(document).isTraditional()) {
            return TRADITIONAL_CHINESE_TAG;
        }
        return language.defaultTag();
    }

    /**
     * The source tag written for {@code document}: the given {@link #sourceTag()}, else its
     * {@link #defaultTag(Document)}.
     *
     * @param document a source document
     * @return its BCP 47 tag
     */
    public String sourceTagFor(Document document) {
        return sourceTag != null ? sourceTag : defaultTag(document);
    }

    /**
     * The target tag written for {@code document}: the given {@link #targetTag()}, else its
     * {@link #defaultTag(Document)}.
     *
     * @param document a target document
     * @return its BCP 47 tag
     */
    public String targetTagFor(Document document) {
        return targetTag != null ? targetTag : defaultTag(document);
    }

    /**
     * Default tags, current time.
     *
     * @return settings with the default tags and the current time
     */
    public static TmxSettings defaults() {
        return new TmxSettings(null, null, null);
    }
}
