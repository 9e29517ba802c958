package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * {@code bitext eval --json} against the figures of Vecalign's own scorer on a small made-up gold and test set
 * ({@code src/test/resources/dev/bitext/cli/scorepy}): a discontinuous gold bead {@code [49,51,53]:[51]}, the
 * crossing {@code [50,52]:[50,52]} (found by the test as {@code [50]:[50]} and {@code [52]:[52]}), 1-0 and 0-1
 * beads, a test bead written twice, and indices in two beads of a side in both gold ({@code c.align}) and test.
 *
 * <p>The expected figures were printed by Vecalign's {@code score.py} (github.com/thompsonb/vecalign, commit
 * f372627), run here outside the project with its {@code read_alignments} and {@code score_multiple} and
 * printed to four decimals:
 * <pre>
 * python3 -c "import sys; from vecalign.score import score_multiple; from vecalign.dp_utils import read_alignments as r;
 *   d = sys.argv[1]; n = sys.argv[2:]; s = score_multiple([r(d + '/gold/' + x) for x in n], [r(d + '/test/' + x) for x in n]);
 *   print(' '.join('%.4f' % s[k] for k in ['precision_strict', 'recall_strict', 'f1_strict', 'precision_lax',
 *   'recall_lax', 'f1_lax']))" cli/src/test/resources/dev/bitext/cli/scorepy a.align b.align c.align
 * </pre>
 * (run in a checkout of that commit, where {@code vecalign/dp_core.py} was a stub defining the names
 * {@code dp_utils} imports, so that the Cython search, unused by scoring, need not be built;
 * {@code python3 -m vecalign.score -g gold/a.align gold/b.align gold/c.align -t test/a.align test/b.align
 * test/c.align} prints the same to three decimals.)
 */
class EvalScorePyTest {
    private static Path set() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(EvalScorePyTest.class.getResource("scorepy/gold")).toURI()).getParent();
    }

    private static String json(String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void directoriesScoreAsScorePyOnAllThreeFiles() throws URISyntaxException {
        Path set = set();
        // score.py, a.align b.align c.align: 0.4286 0.5263 0.4724 0.7857 0.9474 0.8590
        assertThat(json("eval", "--json", set.resolve("gold").toString(), set.resolve("test").toString()))
                .isEqualTo("{\"p_strict\":0.4286,\"r_strict\":0.5263,\"f1_strict\":0.4724,"
                        + "\"p_lax\":0.7857,\"r_lax\":0.9474,\"f1_lax\":0.8590}\n");
    }

    @Test
    void eachFileScoresAsScorePy() throws URISyntaxException {
        Path set = set();
        // score.py, one file each: a 0.4211 0.5455 0.4752 0.7368 0.9091 0.8140; b 0.3333 0.5000 0.4000 0.8333
        // 1.0000 0.9091; c 0.6667 0.5000 0.5714 1.0000 1.0000 1.0000
        List<String> expected = List.of(
                "{\"p_strict\":0.4211,\"r_strict\":0.5455,\"f1_strict\":0.4752,\"p_lax\":0.7368,\"r_lax\":0.9091,"
                        + "\"f1_lax\":0.8140}\n",
                "{\"p_strict\":0.3333,\"r_strict\":0.5000,\"f1_strict\":0.4000,\"p_lax\":0.8333,\"r_lax\":1.0000,"
                        + "\"f1_lax\":0.9091}\n",
                "{\"p_strict\":0.6667,\"r_strict\":0.5000,\"f1_strict\":0.5714,\"p_lax\":1.0000,\"r_lax\":1.0000,"
                        + "\"f1_lax\":1.0000}\n");
        List<String> names = List.of("a.align", "b.align", "c.align");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            assertThat(json("eval", "--json", set.resolve("gold").resolve(name).toString(),
                    set.resolve("test").resolve(name).toString())).as(name).isEqualTo(expected.get(i));
        }
    }

    @Test
    void discontinuousGoldIsWarnedAboutOncePerFile() throws URISyntaxException {
        Path set = set();
        Path gold = set.resolve("gold/a.align");
        Cli.Result r = Cli.run("eval", gold.toString(), set.resolve("test/a.align").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err().lines().filter(l -> l.startsWith("bitext: warning: " + gold + ": ")))
                .containsExactly("bitext: warning: " + gold + ": 2 bead(s) with non-consecutive indices "
                        + "(first at line 10: [49,51,53]:[51]); scored as sets");
        assertThat(r.err().lines()).allMatch(l -> l.startsWith("bitext: warning: ")).hasSize(3);
    }
}
