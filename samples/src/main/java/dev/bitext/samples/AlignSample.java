package dev.bitext.samples;

/** Placeholder, replaced by the samples work. */
public final class AlignSample {
    private AlignSample() {
    }

    /** Entry point. */
    public static void main(String[] args) {
    }
}
