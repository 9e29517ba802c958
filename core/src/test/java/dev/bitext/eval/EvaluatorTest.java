package dev.bitext.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
    /** A bead with confidence 1; {@code b(2, 1, 1, 2)} is [2]:[1,2]. */
    static Bead b(int sourceStart, int sourceCount, int targetStart, int targetCount) {
        return Bead.of(sourceStart, sourceCount, targetStart, targetCount, 1.0);
    }

    @Test
    void insertionsDeletionsAndLaxOverlap() {
        // gold: [0]:[0]  [1]:[]  [2]:[1,2]  []:[3]  [3]:[4]
        List<Bead> gold = List.of(b(0, 1, 0, 1), b(1, 1, 0, 0), b(2, 1, 1, 2), b(0, 0, 3, 1), b(3, 1, 4, 1));
        // test: [0]:[0]  [1]:[1]  [2]:[2]  [3]:[3,4]
        List<Bead> test = List.of(b(0, 1, 0, 1), b(1, 1, 1, 1), b(2, 1, 2, 1), b(3, 1, 3, 2));
        // Precision over the 4 test beads:
        //   [0]:[0]   exact in gold                        -> strict + lax
        //   [1]:[1]   gold beads with source 1: [1]:[] only -> no target overlap, miss
        //   [2]:[2]   gold [2]:[1,2] shares source 2 and target 2 -> lax
        //   [3]:[3,4] gold [3]:[4] shares source 3 and target 4   -> lax
        //   => 4 beads, 1 strict, 3 lax
        // Recall: gold without [1]:[] and []:[3] = [0]:[0], [2]:[1,2], [3]:[4] (3 beads)
        //   [0]:[0] exact -> strict; [2]:[1,2] overlaps test [2]:[2] -> lax; [3]:[4] overlaps [3]:[3,4] -> lax
        //   => 3 beads, 1 strict, 3 lax
        Scores s = Evaluator.score(gold, test);
        assertThat(s).isEqualTo(new Scores(4, 1, 3, 3, 1, 3));
        // strict: P = 1/4, R = 1/3, F1 = 2 * (1/12) / (7/12) = 2/7; lax: P = 3/4, R = 1, F1 = 1.5 / 1.75 = 6/7
        assertThat(s.f1Strict()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(s.f1Lax()).isCloseTo(6.0 / 7, within(1e-12));
    }

    @Test
    void deletionBeadExactlyInGoldIsAStrictPrecisionHitButNotCountedForRecall() {
        // gold [0]:[0] [1]:[]; test [0]:[0] [1]:[] []:[1]
        List<Bead> gold = List.of(b(0, 1, 0, 1), b(1, 1, 0, 0));
        List<Bead> test = List.of(b(0, 1, 0, 1), b(1, 1, 0, 0), b(0, 0, 1, 1));
        // precision: 3 test beads; [0]:[0] and [1]:[] exact (2 strict, 2 lax); []:[1] not in gold, no source -> miss
        // recall: gold pairs {[0]:[0]} vs test pairs {[0]:[0]} -> 1 bead, 1 strict, 1 lax
        assertThat(Evaluator.score(gold, test)).isEqualTo(new Scores(3, 2, 2, 1, 1, 1));
    }

    @Test
    void laxNeedsOneGoldBeadOverlappingBothSides() {
        // gold [0]:[0] [1]:[1]; test [0]:[1] [1]:[0]
        // test [0]:[1]: source 0 lies in gold [0]:[0], target 1 in gold [1]:[1] - different beads -> miss; same for [1]:[0]
        // recall: gold [0]:[0] vs test beads: [0]:[1] has source 0 but target 1; [1]:[0] has target 0 but source 1 -> miss
        List<Bead> gold = List.of(b(0, 1, 0, 1), b(1, 1, 1, 1));
        List<Bead> test = List.of(b(0, 1, 1, 1), b(1, 1, 0, 1));
        assertThat(Evaluator.score(gold, test)).isEqualTo(new Scores(2, 0, 0, 2, 0, 0));
    }

    @Test
    void manyToManyGoldSplitByTest() {
        // gold [0,1]:[0,1,2]; test [0]:[0] [1]:[1,2]
        // precision: both test beads overlap the single gold bead on both sides -> 2 beads, 0 strict, 2 lax
        // recall: the gold bead overlaps test [0]:[0] on both sides -> 1 bead, 0 strict, 1 lax
        List<Bead> gold = List.of(b(0, 2, 0, 3));
        List<Bead> test = List.of(b(0, 1, 0, 1), b(1, 1, 1, 2));
        assertThat(Evaluator.score(gold, test)).isEqualTo(new Scores(2, 0, 2, 1, 0, 1));
    }

    @Test
    void duplicatesAreCountedOnceWhateverTheirConfidence() {
        // test [0]:[0] twice (confidences 0.2 and 0.9) and [1]:[1]; gold [0]:[0] twice and [1]:[2]
        // precision: distinct test {[0]:[0], [1]:[1]}: [0]:[0] strict; [1]:[1] vs gold [1]:[2] -> target differs, miss
        // recall: distinct gold {[0]:[0], [1]:[2]}: [0]:[0] strict; [1]:[2] vs test [1]:[1] -> miss
        List<Bead> gold = List.of(b(0, 1, 0, 1), b(0, 1, 0, 1), b(1, 1, 2, 1));
        List<Bead> test = List.of(Bead.of(0, 1, 0, 1, 0.2), Bead.of(0, 1, 0, 1, 0.9), b(1, 1, 1, 1));
        assertThat(Evaluator.score(gold, test)).isEqualTo(new Scores(2, 1, 1, 2, 1, 1));
    }

    @Test
    void perfectAlignmentScoresOne() {
        // [0]:[0,1]  [1]:[]  [2,3]:[2]
        List<Bead> beads = List.of(b(0, 1, 0, 2), b(1, 1, 0, 0), b(2, 2, 2, 1));
        Scores s = Evaluator.score(beads, beads);
        assertThat(s).isEqualTo(new Scores(3, 3, 3, 2, 2, 2));
        assertThat(s.f1Strict()).isEqualTo(1.0);
    }

    @Test
    void emptyTestScoresZeroWithoutDividingByZero() {
        Scores s = Evaluator.score(List.of(b(0, 1, 0, 1)), List.of());
        assertThat(s).isEqualTo(new Scores(0, 0, 0, 1, 0, 0));
        assertThat(s.precisionStrict()).isZero();
        assertThat(s.f1Lax()).isZero();
    }

    @Test
    void coarseCountsGoldBeadsCoveredExactly() {
        // gold [0,1]:[0]  [2]:[1,2]  [3]:[3]  [4]:[]
        List<Bead> gold = List.of(b(0, 2, 0, 1), b(2, 1, 1, 2), b(3, 1, 3, 1), b(4, 1, 0, 0));
        // test [0]:[0]  [1]:[]  [2]:[1,2,3]  [3]:[]  [4]:[]
        List<Bead> test = List.of(b(0, 1, 0, 1), b(1, 1, 0, 0), b(2, 1, 1, 3), b(3, 1, 0, 0), b(4, 1, 0, 0));
        // [0,1]:[0]: touching [0]:[0], [1]:[]           -> sources {0,1}, targets {0}: hit
        // [2]:[1,2]: touching [2]:[1,2,3]               -> targets {1,2,3} != {1,2}: miss
        // [3]:[3]:   touching [3]:[] and [2]:[1,2,3]    -> sources {2,3} != {3}: miss
        // [4]:[]:    touching [4]:[]                    -> hit
        assertThat(Evaluator.coarse(gold, test)).containsExactly(2, 4);
    }

    private static Bead set(List<Integer> source, List<Integer> target) {
        return new Bead(source, target, 1.0);
    }

    @Test
    void discontinuousAndCrossingBeadsAreScoredAsSets() {
        // gold [48]:[49]  [49,51,53]:[51]  [50,52]:[50,52]
        List<Bead> gold = List.of(set(List.of(48), List.of(49)), set(List.of(49, 51, 53), List.of(51)),
                set(List.of(50, 52), List.of(50, 52)));
        // test [48]:[49] exact; [49,51,53]:[51] exact; [50]:[50] and [52]:[52] lax (both in [50,52]:[50,52]);
        // [53]:[50] shares source 53 with [49,51,53]:[51] but target 50 only with another gold bead: a miss
        List<Bead> test = List.of(set(List.of(48), List.of(49)), set(List.of(49, 51, 53), List.of(51)),
                set(List.of(50), List.of(50)), set(List.of(52), List.of(52)), set(List.of(53), List.of(50)));
        // precision: 5 test beads, 2 strict, 4 lax; recall: 3 gold beads, 2 strict, 3 lax
        assertThat(Evaluator.score(gold, test)).isEqualTo(new Scores(5, 2, 4, 3, 2, 3));
    }

    @Test
    void filesThatEndAtOtherSentencesAreWarnedAbout(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.align"), "[0]:[0]\n[1,2]:[1]\n");
        Path test = Files.writeString(dir.resolve("test.align"), "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
        List<String> warnings = new ArrayList<>();
        Scores s = Evaluator.scoreFiles(gold, test, Ladder::read, warnings::add);
        assertThat(s).isEqualTo(new Scores(3, 1, 2, 2, 1, 2));
        assertThat(warnings).containsExactly(test + ": its last indices are source 2, target 2, but " + gold
                + "'s are 2, 1; do the two files belong together?");
        warnings.clear();
        Evaluator.scoreFiles(gold, gold, Ladder::read, warnings::add);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFileWithoutBeadsIsAnError(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.align"), "[0]:[0]\n");
        Path test = Files.writeString(dir.resolve("test.align"), "[]:[]\n");
        assertThatThrownBy(() -> Evaluator.scoreFiles(gold, test, Ladder::read, w -> { }))
                .isInstanceOf(BitextException.class)
                .hasMessage(test + ": no beads, nothing to score");
    }
}
