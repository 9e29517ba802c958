package dev.bitext.cli;

import dev.bitext.tm.FilterReason;
import dev.bitext.tm.TmSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The closing summary of {@code build-tm}, printed on standard error. Stateless. */
final class BuildTmSummary {
    private BuildTmSummary() {
    }

    /**
     * The summary's lines: documents aligned and skipped, sentences, units written, then one line per filter
     * reason with the units it removed (zero included).
     */
    static List<String> lines(TmSummary summary, Path output) {
        return lines(summary.documentsAligned(), summary.skipped().size(), summary.sourceSentences(),
                summary.targetSentences(), summary.unitsWritten(), summary.removed(), output.toString());
    }

    /** The summary's lines from the counts themselves (for a run whose skipped documents are only counted). */
    static List<String> lines(long aligned, long skipped, long sourceSentences, long targetSentences, long units,
                              Map<FilterReason, Long> removed, String output) {
        List<String> lines = new ArrayList<>();
        lines.add("documents: " + aligned + " aligned, " + skipped + " skipped");
        lines.add("sentences: " + sourceSentences + " source, " + targetSentences + " target");
        lines.add("units written: " + units + " to " + output);
        for (FilterReason r : FilterReason.values()) {
            lines.add("removed, " + label(r) + ": " + removed.getOrDefault(r, 0L));
        }
        return lines;
    }

    private static String label(FilterReason reason) {
        return switch (reason) {
            case UNPAIRED -> "unpaired (1-0, 0-1)";
            default -> reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
