package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bitext.eval.Evaluator;
import dev.bitext.eval.Scores;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alignment quality on MAC-Dev (../shared/data/mac-dev: six literary chapters, Chinese source, English
 * target, presegmented, manual gold). Skipped when the data set is absent.
 */
class MacDevRegressionTest {
    /** Strict F1 reached by this build with the default options (0.854); a drop below fails. */
    private static final double MIN_STRICT_F1 = 0.85;

    @Test
    void strictF1DoesNotDrop() throws IOException {
        Path dev = Path.of(System.getProperty("bitext.shared", "../shared")).resolve("data/mac-dev");
        assumeTrue(Files.isDirectory(dev.resolve("gold")), "MAC-Dev not present at " + dev);
        Aligner aligner = Aligner.create();
        Scores total = Scores.ZERO;
        List<Path> golds;
        try (var files = Files.list(dev.resolve("gold"))) {
            golds = files.sorted().toList();
        }
        for (Path gold : golds) {
            String name = gold.getFileName().toString().replace(".align", "");
            Document zh = Document.ofLines(Language.CHINESE, Files.readAllLines(dev.resolve("zh").resolve(name)));
            Document en = Document.ofLines(Language.ENGLISH, Files.readAllLines(dev.resolve("en").resolve(name)));
            total = total.plus(Evaluator.score(Ladder.read(gold), aligner.align(zh, en).beads()));
        }
        System.out.printf("MAC-Dev strict P/R/F1 %.4f/%.4f/%.4f lax %.4f/%.4f/%.4f%n", total.precisionStrict(),
                total.recallStrict(), total.f1Strict(), total.precisionLax(), total.recallLax(), total.f1Lax());
        assertThat(golds).hasSize(6);
        assertThat(total.f1Strict()).isGreaterThanOrEqualTo(MIN_STRICT_F1);
    }
}
