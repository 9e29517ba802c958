package dev.bitext.spark;

import dev.bitext.io.TmxSettings;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * The TMX settings of a run in a form the executors receive. Immutable.
 *
 * @param sourceTag the given source tag, or null for each document's default
 * @param targetTag the given target tag, or null for each document's default
 * @param created   the header's creation date
 */
record TmxTags(String sourceTag, String targetTag, Instant created) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    static TmxTags of(TmxSettings settings) {
        return new TmxTags(settings.sourceTag(), settings.targetTag(), settings.creationDate());
    }

    TmxSettings settings() {
        return new TmxSettings(sourceTag, targetTag, created);
    }
}
