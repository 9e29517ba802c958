package dev.bitext.io;

import java.time.Instant;

/**
 * TMX header and language settings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceTag    xml:lang of source segments, e.g. {@code en-US}; null means the language's default
 * @param targetTag    xml:lang of target segments, e.g. {@code zh-CN}; null means the language's default
 * @param creationDate the header's creationdate; null means the time of writing
 */
public record TmxSettings(String sourceTag, String targetTag, Instant creationDate) {
    /**
     * Validates the tags.
     *
     * @throws IllegalArgumentException if a tag is given but blank
     */
    public TmxSettings {
        if (sourceTag != null && sourceTag.isBlank() || targetTag != null && targetTag.isBlank()) {
            throw new IllegalArgumentException("TMX language tags must not be blank");
        }
    }

    /** Default tags, current time. */
    public static TmxSettings defaults() {
        return new TmxSettings(null, null, null);
    }
}
