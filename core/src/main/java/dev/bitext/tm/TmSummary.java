package dev.bitext.tm;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link TranslationMemoryBuilder} run did. Immutable and thread-safe; the list and map are unmodifiable.
 *
 * @param documentsAligned documents aligned and written
 * @param skipped          one line per skipped document, {@code "name: reason"}, in input order
 * @param unitsWritten     translation units in the TMX
 * @param sourceSentences  source sentences of the aligned documents
 * @param targetSentences  target sentences of the aligned documents
 * @param removed          beads left out, by reason (every reason present, zero when none)
 */
public record TmSummary(int documentsAligned, List<String> skipped, long unitsWritten, long sourceSentences,
                        long targetSentences, Map<FilterReason, Long> removed) {
    /**
     * Copies the lists and map; fills reasons that are missing from {@code removed} with zero.
     *
     * @param documentsAligned the number of documents aligned
     * @param skipped one line per skipped document, {@code "name: reason"}; copied
     * @param unitsWritten the number of translation units written
     * @param sourceSentences the number of source sentences aligned
     * @param targetSentences the number of target sentences aligned
     * @param removed beads left out, by reason; copied
     */
    public TmSummary {
        skipped = List.copyOf(skipped);
        Map<FilterReason, Long> all = new EnumMap<>(FilterReason.class);
        for (FilterReason r : FilterReason.values()) {
            all.put(r, Objects.requireNonNullElse(removed.get(r), 0L));
        }
        removed = java.util.Collections.unmodifiableMap(all);
    }
}
