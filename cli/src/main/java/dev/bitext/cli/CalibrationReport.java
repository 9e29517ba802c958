package dev.bitext.cli;

import dev.bitext.eval.Calibration;
import java.util.Locale;

/** How {@code eval --calibration} prints a {@link Calibration}. Stateless. */
final class CalibrationReport {
    private CalibrationReport() {
    }

    /**
     * A table of the bins (range, beads, mean confidence, accuracy; "-" for an empty bin), then the expected
     * calibration error and the beads of confidence at least 0.9, each line ended by {@code %n}.
     */
    static String table(Calibration c) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %7s %10s %9s%n",
                "confidence", "beads", "mean conf.", "accuracy"));
        for (Calibration.Bin bin : c.bins()) {
            String range = String.format(Locale.ROOT, "[%.1f, %.1f%s", bin.lower(), bin.upper(),
                    bin.upper() == 1.0 ? "]" : ")");
            sb.append(String.format(Locale.ROOT, "%-12s %7d %10s %9s%n", range, bin.beads(),
                    ratio(bin.meanConfidence()), ratio(bin.accuracy())));
        }
        return sb.append(String.format(Locale.ROOT, "ECE (%d bins): %.4f%n", Calibration.BINS, c.ece()))
                .append(String.format(Locale.ROOT, "confidence >= %.1f: %d beads, %s correct%n", Calibration.HIGH,
                        c.highBeads(), ratio(c.highPrecision())))
                .toString();
    }

    /** The JSON members {@code "ece"}, {@code "high_beads"} and {@code "high_precision"} (null without beads). */
    static String jsonMembers(Calibration c) {
        double high = c.highPrecision();
        return String.format(Locale.ROOT, "\"ece\":%.4f,\"high_beads\":%d,\"high_precision\":%s", c.ece(),
                c.highBeads(), Double.isNaN(high) ? "null" : ratio(high));
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
