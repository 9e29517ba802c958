package dev.bitext.samples;

import dev.bitext.io.TmxSettings;
import dev.bitext.tm.ReviewReport;
import dev.bitext.tm.TmFilter;
import dev.bitext.tm.TmSource;
import dev.bitext.tm.TmSummary;
import dev.bitext.tm.TranslationMemoryBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Builds one translation memory from several bilingual files, keeping units of confidence 0.5 or more,
 * and writes a review report beside it.
 *
 * <pre>
 * java dev.bitext.samples.TranslationMemorySample memory.tmx review.html seeds/000_*.txt seeds/002_*.txt
 * </pre>
 */
public final class TranslationMemorySample {
    private TranslationMemorySample() {
    }

    /** Arguments: the TMX to write, the report to write, then the bilingual UTF-8 files. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: TranslationMemorySample OUT.tmx REPORT.html BILINGUAL-FILE...");
            System.exit(2);
        }
        List<TmSource> sources = Arrays.stream(args, 2, args.length).map(Path::of).map(TmSource::bilingualFile).toList();
        TranslationMemoryBuilder builder = TranslationMemoryBuilder.builder()
                .tmx(TmxSettings.defaults())
                .filter(TmFilter.builder().minConfidence(0.5).build())
                .listener(new TranslationMemoryBuilder.Listener() {
                    @Override
                    public void skipped(String name, String reason) {
                        System.err.println("skipped " + reason);
                    }
                })
                .build();
        TmSummary summary;
        try (Writer tmx = Files.newBufferedWriter(Path.of(args[0]));
             Writer html = Files.newBufferedWriter(Path.of(args[1]));
             ReviewReport report = ReviewReport.open(html, "Translation memory review")) {
            summary = builder.build(sources, tmx, report);
        }
        System.err.printf("%d documents aligned, %d skipped, %d units written; left out: %s%n",
                summary.documentsAligned(), summary.skipped().size(), summary.unitsWritten(), summary.removed());
    }
}
