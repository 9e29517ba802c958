package dev.bitext.cli;

import dev.bitext.tm.FilterReason;
import dev.bitext.tm.TmSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The closing summary of {@code build-tm}, printed on standard error. Stateless. */
final class BuildTmSummary {
    private BuildTmSummary() {
    }

    /**
     * The summary's lines: documents aligned and skipped, sentences, units written, then one line per filter
     * reason with the units it removed (zero included).
     */
    static List<String> lines(TmSummary summary, Path output) {
        List<String> lines = new ArrayList<>();
        lines.add("documents: " + summary.documentsAligned() + " aligned, " + summary.skipped().size() + " skipped");
        lines.add("sentences: " + summary.sourceSentences() + " source, " + summary.targetSentences() + " target");
        lines.add("units written: " + summary.unitsWritten() + " to " + output);
        for (FilterReason r : FilterReason.values()) {
            lines.add("removed, " + label(r) + ": " + summary.removed().getOrDefault(r, 0L));
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
