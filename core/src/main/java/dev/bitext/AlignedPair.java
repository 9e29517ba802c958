package dev.bitext;

import java.util.Objects;

/**
 * One bead of an {@link Alignment} together with its text on each side, joined as {@link Alignment#join}
 * does (a space between English sentences, nothing between Chinese ones); a side without sentences is the
 * empty string. Made by {@link Alignment#pairs()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param bead   the bead, with its sentence indices and confidence
 * @param source the bead's source sentences, joined
 * @param target the bead's target sentences, joined
 */
public record AlignedPair(Bead bead, String source, String target) {
    /**
     * Checks that no component is null.
     *
     * @param bead   the bead
     * @param source its source text
     * @param target its target text
     * @throws NullPointerException if a component is null
     */
    public AlignedPair {
        Objects.requireNonNull(bead, "bead");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /**
     * The bead's confidence, as {@link Bead#confidence()}.
     *
     * @return the confidence, in [0, 1]
     */
    public double confidence() {
        return bead.confidence();
    }

    /**
     * The bead's type, as {@link Bead#type()} ({@code 1-1}, {@code 2-1}, {@code 0-1}, ...).
     *
     * @return the number of source and target sentences, joined by a dash
     */
    public String type() {
        return bead.type();
    }
}
