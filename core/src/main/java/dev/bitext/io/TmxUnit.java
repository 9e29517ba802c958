package dev.bitext.io;

import java.util.Objects;

/**
 * One translation unit as {@link TmxStream} writes it, from plain values: for engines that hold units as
 * table rows rather than as {@link dev.bitext.Alignment}s. Immutable and thread-safe.
 *
 * @param document   the {@code x-document} prop, or null or empty for none
 * @param beadType   the {@code x-bead} prop, e.g. {@code 1-2}
 * @param confidence the {@code x-confidence} prop (written with three decimals)
 * @param sourceTag  the source segment's {@code xml:lang}
 * @param sourceText the source segment
 * @param targetTag  the target segment's {@code xml:lang}
 * @param targetText the target segment
 */
public record TmxUnit(String document, String beadType, double confidence, String sourceTag, String sourceText,
                      String targetTag, String targetText) {
    /**
     * Checks that every field but {@code document} is given.
     *
     * @param document   the {@code x-document} prop, or null or empty for none
     * @param beadType   the {@code x-bead} prop
     * @param confidence the {@code x-confidence} prop
     * @param sourceTag  the source segment's {@code xml:lang}
     * @param sourceText the source segment
     * @param targetTag  the target segment's {@code xml:lang}
     * @param targetText the target segment
     * @throws NullPointerException if a field other than {@code document} is null
     */
    public TmxUnit {
        Objects.requireNonNull(beadType, "beadType");
        Objects.requireNonNull(sourceTag, "sourceTag");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetTag, "targetTag");
        Objects.requireNonNull(targetText, "targetText");
    }
}
