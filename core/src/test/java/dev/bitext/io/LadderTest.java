package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LadderTest {
    private static List<Bead> read(String text) throws IOException {
        return Ladder.read(new StringReader(text), "gold/001.align");
    }

    @Test
    void readsAllAcceptedSpellings() throws IOException {
        String text = "\uFEFF[0,1]:[0]\n"
                + "\n"
                + "  [ 2 ] : [ 1 , 2 ]  \n"
                + "[3]:[]\n"
                + "[]:[3]\n"
                + "[]:[]\n"
                + "[4]:[4]:0.123\n"
                + "[5]:[5] : -1.5e-3\r\n"
                + "   \t\n";
        assertThat(read(text)).containsExactly(
                Bead.of(0, 2, 0, 1, 1.0),
                Bead.of(2, 1, 1, 2, 1.0),
                Bead.of(3, 1, 0, 0, 1.0),
                Bead.of(0, 0, 3, 1, 1.0),
                Bead.of(4, 1, 4, 1, 1.0),
                Bead.of(5, 1, 5, 1, 1.0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "foo                | expected '[i,j]:[k]' but found 'foo'",
        "[0]:[0]:[1]        | expected a number after the second ':' but found '[1]'",
        "[0]:[0] junk       | expected '[i,j]:[k]' but found '[0]:[0] junk'",
        "[0]-[0]            | expected '[i,j]:[k]' but found '[0]-[0]'",
        "[0]:[0]:cheap      | expected a number after the second ':' but found 'cheap'",
        "[a]:[0]            | source index 'a' is not a non-negative integer",
        "[0]:[1,,2]         | target index '' is not a non-negative integer",
        "[-1]:[0]           | source index '-1' is not a non-negative integer",
        "[9999999999]:[0]   | source index '9999999999' is too large (the maximum is 2147483647)",
        "[0]:[4000000000]   | target index '4000000000' is too large (the maximum is 2147483647)",
        "[2147483648]:[0]   | source index '2147483648' is too large (the maximum is 2147483647)",
    })
    void malformedLinesNameFileAndLine(String line, String problem) {
        assertThatThrownBy(() -> read(line))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith("gold/001.align:1: " + problem);
    }

    @Test
    void largestIntIndexAndLeadingZerosAreRead() throws IOException {
        assertThat(read("[2147483647]:[000000000000000000007]\n"))
                .containsExactly(new Bead(List.of(Integer.MAX_VALUE), List.of(7), 1.0));
    }

    /** Reads {@code text}, collecting the warnings. */
    private static List<Bead> read(String text, List<String> warnings) throws IOException {
        return Ladder.read(new StringReader(text), "gold/016.align", warnings::add);
    }

    @Test
    void discontinuousBeadsAreReadAsSetsWithOneWarningPerFile() throws IOException {
        List<String> warnings = new ArrayList<>();
        List<Bead> beads = read("[48]:[49]\n[49,51,53]:[51]\n[50,52]:[50,52]\n[53 , 52]:[]\n", warnings);
        assertThat(beads).containsExactly(
                new Bead(List.of(48), List.of(49), 1.0),
                new Bead(List.of(49, 51, 53), List.of(51), 1.0),
                new Bead(List.of(50, 52), List.of(50, 52), 1.0),
                new Bead(List.of(52, 53), List.of(), 1.0));
        assertThat(warnings).containsExactly(
                "gold/016.align: 3 bead(s) with non-consecutive indices (first at line 2: [49,51,53]:[51]); "
                        + "scored as sets",
                "gold/016.align: 2 repeated index(es) (first at line 4: source index 53, already at line 2); "
                        + "every bead is scored, an index repeated within a bead and a bead repeated count once");
    }

    @Test
    void anIndexTwiceInOneBeadCountsOnceWithAWarning() throws IOException {
        List<String> warnings = new ArrayList<>();
        assertThat(read("[0]:[0]\n[1,1]:[1]\n", warnings))
                .containsExactly(Bead.of(0, 1, 0, 1, 1.0), Bead.of(1, 1, 1, 1, 1.0));
        assertThat(warnings).singleElement().asString()
                .startsWith("gold/016.align: 1 repeated index(es) (first at line 2: source index 1 twice in the bead)");
    }

    @Test
    void consecutiveLaddersGiveNoWarning() throws IOException {
        List<String> warnings = new ArrayList<>();
        read("[0,1]:[0]\n[2]:[]\n[]:[1]\n[]:[]\n[3]:[2,3]\n", warnings);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFailingReadGivesNoWarning() {
        List<String> warnings = new ArrayList<>();
        assertThatThrownBy(() -> read("[1,0]:[0]\nfoo\n", warnings)).isInstanceOf(BitextException.class);
        assertThat(warnings).isEmpty();
    }

    @Test
    void lineNumbersCountBlankLines() {
        assertThatThrownBy(() -> read("[0]:[0]\n\n[1]:[1]\n\n\n\nfoo\n[2]:[2]\n"))
                .isInstanceOf(BitextException.class)
                .hasMessage("gold/001.align:7: expected '[i,j]:[k]' but found 'foo'");
    }

    @Test
    void longGarbageIsShortenedInTheMessage() {
        String garbage = "x".repeat(500);
        assertThatThrownBy(() -> read(garbage))
                .isInstanceOf(BitextException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(150));
    }

    @Test
    void readingAFileNamesItAndRejectsInvalidUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("002.align");
        Files.write(file, new byte[] {'[', '0', ']', ':', '[', '0', ']', '\n', '[', (byte) 0xC3, ']', '\n'});
        assertThatThrownBy(() -> Ladder.read(file))
                .isInstanceOf(BitextException.class)
                .hasMessage(file + ":2: not valid UTF-8");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("003.align");
        Files.writeString(file, "[0]:[0,1]\n[1,2]:[2]\n");
        assertThat(Ladder.read(file)).containsExactly(Bead.of(0, 1, 0, 2, 1.0), Bead.of(1, 2, 2, 1, 1.0));
    }

    @Test
    void writesPlainLadderWithoutConfidence() throws IOException {
        StringWriter out = new StringWriter();
        Ladder.write(List.of(Bead.of(0, 2, 0, 1, 0.5), Bead.of(2, 1, 1, 0, 0.25), Bead.of(3, 0, 1, 1, 0.75)), out);
        assertThat(out.toString()).isEqualTo("[0,1]:[0]\n[2]:[]\n[]:[1]\n");
    }

    @RepeatedTest(20)
    void writeThenReadGivesTheSameBeads(RepetitionInfo info) throws IOException {
        SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
        List<Bead> beads = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (int n = random.nextInt(30); n > 0; n--) {
            int sc = random.nextInt(4);
            int tc = sc == 0 ? 1 + random.nextInt(3) : random.nextInt(4);
            beads.add(Bead.of(s, sc, t, tc, 1.0));
            s += sc;
            t += tc;
        }
        StringWriter out = new StringWriter();
        Ladder.write(beads, out);
        assertThat(read(out.toString())).isEqualTo(beads);
    }

    @Test
    void readsTheMacDevGoldCoveringEverySentence() throws IOException {
        Path mac = Path.of(System.getProperty("bitext.shared", "../shared"), "data", "mac-dev");
        Assumptions.assumeTrue(Files.isDirectory(mac.resolve("gold")));
        List<Bead> beads = Ladder.read(mac.resolve("gold/001.align"));
        long zh = beads.stream().mapToLong(b -> b.source().size()).sum();
        long en = beads.stream().mapToLong(b -> b.target().size()).sum();
        assertThat(zh).isEqualTo(Files.readAllLines(mac.resolve("zh/001")).size());
        assertThat(en).isEqualTo(Files.readAllLines(mac.resolve("en/001")).size());
    }
}
