package dev.bitext.cli;

import dev.bitext.tm.TmFilter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The filters of {@code build-tm}: which aligned units stay out of the translation memory (a picocli mixin).
 * Public for bitext's own modules (the Spark job takes the same flags); not a stable API.
 */
public final class TmFilterFlags {
    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "Leave out units whose confidence is below X, 0 to 1 (default: ${DEFAULT-VALUE}, keep all).")
    private double minConfidence;

    @Option(names = "--max-length-ratio", paramLabel = "R",
            description = "Leave out units whose longer side is more than R times the shorter (a Han character "
                    + "counts as 3 characters), or 'none' (default: " + TmFilter.DEFAULT_MAX_LENGTH_RATIO + ").")
    private String maxLengthRatio;

    @Option(names = "--keep-duplicates", description = "Keep a unit whose source and target were already written.")
    private boolean keepDuplicates;

    @Option(names = "--keep-identical", description = "Keep units whose two sides hold the same text.")
    private boolean keepIdentical;

    @Option(names = "--keep-no-words",
            description = "Keep units with a side of only numbers, punctuation and symbols.")
    private boolean keepNoWords;

    /** The filter the flags give; a value out of range is a usage error of {@code commandLine}. */
    public TmFilter filter(CommandLine commandLine) {
        TmFilter.Builder b = TmFilter.builder()
                .deduplicate(!keepDuplicates)
                .dropIdentical(!keepIdentical)
                .dropNoWords(!keepNoWords);
        try {
            b.minConfidence(minConfidence);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--min-confidence: " + e.getMessage());
        }
        if (maxLengthRatio != null) {
            b.maxLengthRatio(lengthRatio(commandLine));
        }
        return b.build();
    }

    private double lengthRatio(CommandLine commandLine) {
        String value = maxLengthRatio.strip().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            return TmFilter.NO_LENGTH_LIMIT;
        }
        try {
            double ratio = Double.parseDouble(value);
            TmFilter.builder().maxLengthRatio(ratio);
            return ratio;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--max-length-ratio: expected a number of at least 1 or "
                    + "'none', found '" + maxLengthRatio + "'");
        }
    }
}
