package dev.bitext.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bitext.BitextException;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreDirectoriesTest {
    @TempDir
    Path root;

    private Path gold;
    private Path test;

    private void write(String dir, String name, String text) throws IOException {
        Path d = Files.createDirectories(root.resolve(dir));
        Files.writeString(d.resolve(name), text, StandardCharsets.UTF_8);
        gold = root.resolve("gold");
        test = root.resolve("test");
    }

    /** Asserts that scoring the directories fails with a {@link BitextException} whose message has {@code parts}. */
    private void refusedNaming(String... parts) {
        assertThatThrownBy(() -> Evaluator.scoreDirectories(gold, test))
                .isInstanceOf(BitextException.class)
                .hasMessageContainingAll(parts);
    }

    @Test
    void microAveragesCountsOverFiles() throws IOException {
        // a.align: the example of EvaluatorTest.insertionsDeletionsAndLaxOverlap -> (4, 1, 3, 3, 1, 3)
        write("gold", "a.align", "[0]:[0]\n[1]:[]\n[2]:[1,2]\n[]:[3]\n[3]:[4]\n");
        write("test", "a.align", "[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3,4]\n");
        // b.align: perfect, one 1-1 bead -> (1, 1, 1, 1, 1, 1)
        write("gold", "b.align", "[0]:[0]\n");
        write("test", "b.align", "[0]:[0]:0.5\n");
        Scores s = Evaluator.scoreDirectories(gold, test);
        assertThat(s).isEqualTo(new Scores(5, 2, 4, 4, 2, 4));
        // micro strict precision 2/5 = 0.4, not the macro mean (1/4 + 1) / 2 = 0.625
        assertThat(s.precisionStrict()).isCloseTo(0.4, within(1e-12));
        assertThat(s.recallLax()).isEqualTo(1.0);
    }

    @Test
    void filesOnlyOnOneSideAreNamed() throws IOException {
        write("gold", "a.align", "[0]:[0]\n");
        write("gold", "b.align", "[0]:[0]\n");
        write("test", "a.align", "[0]:[0]\n");
        write("test", "c.align", "[0]:[0]\n");
        refusedNaming("for b.align", "for c.align");
    }

    @Test
    void filesLeftOverOnBothSidesArePairedByNameWithoutExtension() throws IOException {
        write("gold", "a.align", "[0]:[0]\n[1]:[1]\n");
        write("test", "a.ladder", "[0]:[0]\n[1]:[1]\n");
        assertThat(Evaluator.scoreDirectories(gold, test)).isEqualTo(new Scores(2, 2, 2, 2, 2, 2));
    }

    @Test
    void aNameWithoutExtensionSharedByTwoFilesIsNotGuessed() throws IOException {
        write("gold", "a.align", "[0]:[0]\n");
        write("test", "a.txt", "[0]:[0]\n");
        write("test", "a.ladder", "[0]:[0]\n");
        refusedNaming("for a.align", "for a.ladder, a.txt");
    }

    @Test
    void missingDirectoryIsAUserError() throws IOException {
        write("gold", "a.align", "[0]:[0]\n");
        assertThatThrownBy(() -> Evaluator.scoreDirectories(gold, root.resolve("nope")))
                .isInstanceOf(BitextException.class)
                .hasMessageContaining("nope")
                .hasMessageContaining("not a directory");
    }

    @Test
    void malformedTestFileIsReportedWithItsLine() throws IOException {
        write("gold", "a.align", "[0]:[0]\n[1]:[1]\n");
        write("test", "a.align", "[0]:[0]\n[1]:(1)\n");
        assertThatThrownBy(() -> Evaluator.scoreDirectories(gold, test))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith(test.resolve("a.align") + ":2: ");
    }

    @Test
    void anEmptyTestFileIsAnErrorNotAZeroScore() throws IOException {
        write("gold", "a.align", "[0]:[0]\n");
        write("test", "a.align", "[0]:[0]\n");
        write("gold", "b.align", "[0]:[0]\n");
        write("test", "b.align", "");
        assertThatThrownBy(() -> Evaluator.scoreDirectories(gold, test))
                .isInstanceOf(BitextException.class)
                .hasMessage(test.resolve("b.align") + ": no beads, nothing to score");
    }

    @Test
    void warningsOfEveryPairComeInNameOrder() throws IOException {
        write("gold", "a.align", "[0]:[0]\n[1,3]:[1]\n[2]:[2]\n");
        write("test", "a.align", "[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[]\n");
        write("gold", "b.align", "[0]:[0]\n");
        write("test", "b.align", "[0]:[0]\n[0]:[1]\n");
        List<String> warnings = new ArrayList<>();
        Evaluator.scoreDirectories(gold, test, Ladder::read, warnings::add);
        assertThat(warnings).containsExactly(
                gold.resolve("a.align") + ": 1 bead(s) with non-consecutive indices (first at line 2: [1,3]:[1]); "
                        + "scored as sets",
                test.resolve("b.align") + ": 1 repeated index(es) (first at line 2: source index 0, already at "
                        + "line 1); every bead is scored, an index repeated within a bead and a bead repeated count once",
                test.resolve("b.align") + ": its last indices are source 0, target 1, but " + gold.resolve("b.align")
                        + "'s are 0, 0; do the two files belong together?");
    }

    @Test
    void goldScoredAgainstItselfIsPerfect() throws IOException {
        Path macGold = Path.of(System.getProperty("bitext.shared", "../shared"), "data", "mac-dev", "gold");
        Assumptions.assumeTrue(Files.isDirectory(macGold));
        Scores s = Evaluator.scoreDirectories(macGold, macGold);
        assertThat(s.f1Strict()).isEqualTo(1.0);
        assertThat(s.goldBeads()).isPositive().isLessThanOrEqualTo(s.testBeads());
        long lines = 0;
        try (var files = Files.list(macGold)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                lines += Ladder.read(p).size();
            }
        }
        assertThat(s.testBeads()).isEqualTo(lines);
    }
}
