package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bitext.eval.Evaluator;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Coarse (verse-level) accuracy on Bible 001 (../shared/data/bible: 5,000 English against 6,301 Chinese
 * sentences, English source). Skipped when the data set is absent.
 */
class BibleRegressionTest {
    /** Coarse accuracy reached by this build with the default options (0.974); a drop below fails. */
    private static final double MIN_COARSE = 0.97;

    @Test
    void coarseAccuracyDoesNotDrop() throws IOException {
        Path bible = Path.of(System.getProperty("bitext.shared", "../shared")).resolve("data/bible");
        assumeTrue(Files.isRegularFile(bible.resolve("gold/001.align")), "Bible not present at " + bible);
        Document en = Document.ofLines(Language.ENGLISH, Files.readAllLines(bible.resolve("en/001")));
        Document zh = Document.ofLines(Language.CHINESE, Files.readAllLines(bible.resolve("zh/001")));
        long[] r = Evaluator.coarse(Ladder.read(bible.resolve("gold/001.align")), Aligner.create().align(en, zh).beads());
        double accuracy = (double) r[0] / r[1];
        System.out.printf("Bible 001 coarse accuracy %.4f (%d/%d)%n", accuracy, r[0], r[1]);
        assertThat(accuracy).isGreaterThanOrEqualTo(MIN_COARSE);
    }
}
