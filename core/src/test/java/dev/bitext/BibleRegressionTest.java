package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bitext.eval.Evaluator;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coarse (verse-level) accuracy on the Bible scale series (../shared/data/bible, English source), smallest
 * and largest file. Skipped when the data set is absent.
 */
class BibleRegressionTest {
    /**
     * Coarse accuracy reached by this build with the default options (001: 0.974, 5,000 x 6,301 sentences;
     * 006: 0.955, 30,000 x 42,687); a drop below fails.
     */
    @ParameterizedTest
    @CsvSource({"001, 0.97", "006, 0.95"})
    void coarseAccuracyDoesNotDrop(String id, double minimum) throws IOException {
        Path bible = Path.of(System.getProperty("bitext.shared", "../shared")).resolve("data/bible");
        assumeTrue(Files.isRegularFile(bible.resolve("gold/" + id + ".align")), "Bible not present at " + bible);
        Document en = Document.ofLines(Language.ENGLISH, Files.readAllLines(bible.resolve("en/" + id)));
        Document zh = Document.ofLines(Language.CHINESE, Files.readAllLines(bible.resolve("zh/" + id)));
        long[] r = Evaluator.coarse(Ladder.read(bible.resolve("gold/" + id + ".align")),
                Aligner.create().align(en, zh).beads());
        double accuracy = (double) r[0] / r[1];
        System.out.printf("Bible %s coarse accuracy %.4f (%d/%d)%n", id, accuracy, r[0], r[1]);
        assertThat(accuracy).isGreaterThanOrEqualTo(minimum);
    }
}
