package dev.bitext.tm;

/**
 * The colour bands of the review report: a bead's confidence falls into exactly one.
 *
 * <p>Immutable and thread-safe (an enum).
 */
enum ConfidenceBand {
    /** Confidence of at least 0.9: very likely right. */
    HIGH("hi", 0.9, "confidence \u2265 0.9"),
    /** Confidence from 0.5 up to 0.9: worth a look. */
    MEDIUM("mid", 0.5, "0.5 \u2264 confidence < 0.9"),
    /** Confidence below 0.5: doubtful. */
    LOW("lo", 0.0, "confidence < 0.5");

    private final String cssClass;
    private final double from;
    private final String label;

    ConfidenceBand(String cssClass, double from, String label) {
        this.cssClass = cssClass;
        this.from = from;
        this.label = label;
    }

    /** The CSS class colouring a row of this band. */
    String cssClass() {
        return cssClass;
    }

    /** The legend text (not yet HTML-escaped). */
    String label() {
        return label;
    }

    /** The band of a confidence in [0, 1]. */
    static ConfidenceBand of(double confidence) {
        for (ConfidenceBand band : values()) {
            if (confidence >= band.from) {
                return band;
            }
        }
        return LOW;
    }
}
