package dev.bitext.eval;

import dev.bitext.Bead;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether confidences can be trusted: the test beads put into ten equal-width bins by confidence, and in each
 * bin the share of beads that are right, a strict hit (the bead is in gold exactly, 1-0 and 0-1 beads
 * included, as for {@link Scores#precisionStrict()}). A well-calibrated aligner is right about 95 % of the
 * time on beads of confidence 0.95.
 *
 * <p>Bin {@code i} holds the confidences in [i/10, (i+1)/10), the last one [0.9, 1.0] (1.0 included). Every
 * test bead given is counted, repeats too; beads without a confidence (manual beads, written
 * {@code "confidence":null} in bitext's JSONL output) are not counted: leave them out of the test beads.
 * Add the counts of several documents with {@link #plus} for a micro-average, as {@link Evaluator} does for
 * precision.
 *
 * <p>Immutable and thread-safe.
 */
public final class Calibration {
    /** The number of bins. */
    public static final int BINS = 10;

    /** The lowest confidence of the last bin, the one {@link #highBeads()} and {@link #highPrecision()} describe. */
    public static final double HIGH = 0.9;

    /** No beads: every bin empty, {@link #ece()} 0. */
    public static final Calibration EMPTY = new Calibration(new long[BINS], new double[BINS], new long[BINS]);

    private final long[] beads;
    private final double[] confidenceSums;
    private final long[] hits;

    private Calibration(long[] beads, double[] confidenceSums, long[] hits) {
        this.beads = beads;
        this.confidenceSums = confidenceSums;
        this.hits = hits;
    }

    /**
     * One bin's figures.
     *
     * @param lower          the lowest confidence of the bin
     * @param upper          the end of the bin: excluded, except 1.0 for the last bin
     * @param beads          the number of beads whose confidence falls in the bin
     * @param meanConfidence their mean confidence, NaN when the bin is empty
     * @param accuracy       the share of them that are strict hits, NaN when the bin is empty
     */
    public record Bin(double lower, double upper, long beads, double meanConfidence, double accuracy) {
    }

    /**
     * The calibration counts of one document.
     *
     * @param gold the gold beads
     * @param test the test beads that have a confidence, each counted at {@link Bead#confidence()}
     * @return the counts
     * @throws NullPointerException if a list or a bead is null
     */
    public static Calibration of(List<Bead> gold, List<Bead> test) {
        Set<BeadMatch.Key> reference = BeadMatch.distinct(gold, k -> true);
        long[] beads = new long[BINS];
        double[] sums = new double[BINS];
        long[] hits = new long[BINS];
        for (Bead bead : test) {
            int bin = bin(bead.confidence());
            beads[bin]++;
            sums[bin] += bead.confidence();
            if (reference.contains(BeadMatch.Key.of(bead))) {
                hits[bin]++;
            }
        }
        return new Calibration(beads, sums, hits);
    }

    /** The bin of {@code confidence}, a number in [0, 1]. */
    private static int bin(double confidence) {
        return Math.min(BINS - 1, (int) (confidence * BINS));
    }

    /**
     * The sum of two count sets, as for the beads of two documents together.
     *
     * @param other the counts to add
     * @return the counts of both
     */
    public Calibration plus(Calibration other) {
        Objects.requireNonNull(other, "other");
        long[] b = new long[BINS];
        double[] s = new double[BINS];
        long[] h = new long[BINS];
        for (int i = 0; i < BINS; i++) {
            b[i] = beads[i] + other.beads[i];
            s[i] = confidenceSums[i] + other.confidenceSums[i];
            h[i] = hits[i] + other.hits[i];
        }
        return new Calibration(b, s, h);
    }

    /** {@return the {@value #BINS} bins, lowest confidences first} */
    public List<Bin> bins() {
        List<Bin> bins = new ArrayList<>(BINS);
        for (int i = 0; i < BINS; i++) {
            bins.add(new Bin((double) i / BINS, (double) (i + 1) / BINS, beads[i],
                    ratio(confidenceSums[i], beads[i]), ratio(hits[i], beads[i])));
        }
        return List.copyOf(bins);
    }

    /** {@return the number of beads counted} */
    public long beads() {
        long n = 0;
        for (long b : beads) {
            n += b;
        }
        return n;
    }

    /**
     * The expected calibration error: the sum over the non-empty bins of (beads in the bin / all beads) times
     * |accuracy &minus; mean confidence| of the bin; 0 when there are no beads, 0 for a perfectly calibrated
     * aligner, at most 1.
     *
     * @return the expected calibration error over {@value #BINS} bins
     */
    public double ece() {
        long n = beads();
        double ece = 0;
        for (int i = 0; i < BINS; i++) {
            if (beads[i] > 0) {
                ece += (double) beads[i] / n * Math.abs(ratio(hits[i], beads[i]) - ratio(confidenceSums[i], beads[i]));
            }
        }
        return ece;
    }

    /** {@return the number of beads with confidence at least {@value #HIGH}} */
    public long highBeads() {
        return beads[BINS - 1];
    }

    /** {@return the share of the beads with confidence at least {@value #HIGH} that are strict hits; NaN when there are none} */
    public double highPrecision() {
        return ratio(hits[BINS - 1], beads[BINS - 1]);
    }

    private static double ratio(double a, long b) {
        return b == 0 ? Double.NaN : a / b;
    }

    @Override
    public String toString() {
        return "Calibration[beads=" + beads() + ", ece=" + ece() + ", highBeads=" + highBeads()
                + ", highPrecision=" + highPrecision() + "]";
    }
}
