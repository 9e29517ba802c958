package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code bitext apply}: a memory rebuilt from a corrected ladder, on seed 000 and on small files. */
class ApplyCommandTest {
    private static final Path SEED = Path.of("..", "seeds", "000_2e109bbd2453c7cb.txt");

    @TempDir
    Path dir;

    /** What {@code align --format ladder} prints for seed 000. */
    private List<String> ladder;

    @BeforeEach
    void alignSeed() {
        ladder = Cli.run("align", "--format", "ladder", SEED.toString()).succeeds().out().lines().toList();
    }

    private Path ladderFile(String name, List<String> lines) throws IOException {
        return Cli.write(dir, name, String.join("\n", lines) + "\n");
    }

    private static String withoutDate(String tmx) {
        return tmx.replaceAll("creationdate=\"[^\"]*\"", "");
    }

    /** The index of the bead whose source text starts with "Translated from" (the seed's wrong unit). */
    private static int wrongBead() {
        List<String> tsv = Cli.run("align", "--format", "tsv", SEED.toString()).succeeds().out().lines().toList();
        for (int i = 0; i < tsv.size(); i++) {
            if (tsv.get(i).startsWith("Translated from")) {
                return i;
            }
        }
        throw new AssertionError("no unit starting with 'Translated from' in " + tsv);
    }

    private static List<String> props(Element unit) {
        List<String> props = new ArrayList<>();
        NodeList nodes = unit.getElementsByTagName("prop");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element p = (Element) nodes.item(i);
            props.add(p.getAttribute("type") + "=" + p.getTextContent());
        }
        return props;
    }

    /** A copy of the seed's ladder changed by {@code edit}. */
    private List<String> edited(Consumer<List<String>> edit) {
        List<String> lines = new ArrayList<>(ladder);
        edit.accept(lines);
        return lines;
    }

    /**
     * Runs apply on seed 000 with {@code lines} as the ladder into an existing output, checks the one line of
     * exit code 1 naming the ladder and the output kept, and returns the line after the ladder's name.
     */
    private String refused(List<String> lines) throws IOException {
        Path align = ladderFile("bad.align", lines);
        Path out = Cli.write(dir, "out.tmx", "old");
        String err = Cli.run("apply", "--ladder", align.toString(), "-o", out.toString(), SEED.toString())
                .failsWithOneLine(Main.FAILURE).err();
        assertThat(Files.readString(out)).as("output kept").isEqualTo("old");
        assertThat(err).startsWith("bitext: " + align + ":");
        return err.substring(("bitext: " + align).length()).strip();
    }

    @Test
    void theLadderAlignPrintsGivesTheTmxAlignWrites() throws Exception {
        Path align = ladderFile("000.align", ladder);
        Path expected = dir.resolve("align.tmx");
        Path actual = dir.resolve("apply.tmx");
        Cli.run("align", "-o", expected.toString(), SEED.toString()).succeeds();
        Cli.run("apply", "--ladder", align.toString(), "-o", actual.toString(), SEED.toString()).succeeds();

        assertThat(withoutDate(Files.readString(actual))).isEqualTo(withoutDate(Files.readString(expected)))
                .doesNotContain("x-manual");
    }

    @Test
    void theSameLadderGivesAlignsTsvAndJsonlToo() throws Exception {
        Path align = ladderFile("000.align", ladder);
        for (String format : List.of("tsv", "jsonl")) {
            String expected = Cli.run("align", "--format", format, SEED.toString()).succeeds().out();
            assertThat(Cli.run("apply", "--ladder", align.toString(), "--format", format, SEED.toString())
                    .succeeds().out()).as(format).isEqualTo(expected);
        }
    }

    @Test
    void movingTheTitleOutOfTheWrongBeadGivesTheRightPairMarkedManual() throws Exception {
        int wrong = wrongBead();
        List<String> fixed = new ArrayList<>(ladder);
        String bead = fixed.get(wrong);
        assertThat(bead).endsWith(":[0]");
        assertThat(fixed.get(0)).isEqualTo("[0]:[]");
        fixed.set(0, "[0]:[0]");
        fixed.set(wrong, bead.substring(0, bead.indexOf(':')) + ":[]");
        Path align = ladderFile("000.align", fixed);
        Path tmx = dir.resolve("000.tmx");

        Cli.run("apply", "--ladder", align.toString(), "-o", tmx.toString(), SEED.toString()).succeeds();

        NodeList units = TmxDtd.validate(tmx).getElementsByTagName("tu");
        Element first = (Element) units.item(0);
        NodeList segs = first.getElementsByTagName("seg");
        assertThat(segs.item(0).getTextContent()).isEqualTo("The US Wants To Turn Japan and Korea into Bargaining Chips");
        assertThat(segs.item(1).getTextContent()).isEqualTo("社评:美国很想把日韩进一步筹码化");
        assertThat(props(first)).containsExactly("x-bead=1-1", "x-manual=edited");
        String text = Files.readString(tmx);
        assertThat(text).doesNotContain("<seg>Translated from");
        assertThat(text.split("x-manual", -1)).as("one manual unit").hasSize(2);
        assertThat(props((Element) units.item(1)).get(0)).startsWith("x-confidence=0.");

        List<String> tsv = Cli.run("apply", "--ladder", align.toString(), "--format", "tsv", SEED.toString())
                .succeeds().out().lines().toList();
        assertThat(tsv.get(0)).endsWith("\tmanual\t1-1");
        assertThat(tsv.get(wrong)).startsWith("Translated from").endsWith("\t\tmanual\t2-0");
        String jsonl = Cli.run("apply", "--ladder", align.toString(), "--format", "jsonl", SEED.toString())
                .succeeds().out();
        assertThat(jsonl.lines().findFirst().orElseThrow()).contains("\"confidence\":null,\"manual\":true");
    }

    @Test
    void aSentenceInTwoBeadsIsRefusedAtItsSecondLine() throws Exception {
        assertThat(refused(edited(lines -> lines.add(2, "[1]:[]")))).isEqualTo(":3: source sentence 1 is already in the bead at line 2");
    }

    @Test
    void aSentenceThatDoesNotExistIsRefusedWithTheSizeOfItsSide() throws Exception {
        assertThat(refused(edited(lines -> lines.add("[]:[999]")))).isEqualTo(":" + (ladder.size() + 1)
                + ": target sentence 999 does not exist (the target has 22 sentence(s), 0 to 21)");
    }

    @Test
    void sentencesInNoBeadAreNamedWithTheirCount() throws Exception {
        assertThat(refused(edited(lines -> lines.subList(1, 3).clear()))).isEqualTo(": 2 source sentence(s) in no bead: 1, 2; sentence 1 belongs before line 2");
        assertThat(refused(ladder.subList(0, 5))).matches(": \\d+ source sentence\\(s\\) in no bead: "
                + "\\d+, \\d+, \\d+, \\d+, \\d+ and \\d+ more; sentence \\d+ belongs after the last bead");
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() throws Exception {
        assertThat(refused(edited(lines -> lines.set(3, "[3]:[")))).startsWith(":4: ");
    }

    @Test
    void anEmptyLadderIsRefused() throws Exception {
        assertThat(refused(List.of(""))).isEqualTo(
                ": the ladder has no beads, but the source has 62 sentence(s) and the target 22");
    }

    @Test
    void twoFilesTakeTheIndicesOfAlignForThoseFiles() throws Exception {
        Path en = Cli.write(dir, "en.txt", "One.\nTwo.\nThree.\n");
        Path zh = Cli.write(dir, "zh.txt", "一。\n二。\n三。\n");
        Path align = Cli.write(dir, "x.align", "[0,1]:[0]\n[]:[1]\n[2]:[2]\n");
        List<String> tsv = Cli.run("apply", "--presegmented", "--ladder", align.toString(), "--format", "tsv",
                "--header", en.toString(), zh.toString()).succeeds().out().lines().toList();
        assertThat(tsv).hasSize(4);
        assertThat(tsv.get(1)).isEqualTo("One. Two.\t一。\tmanual\t2-1");
        assertThat(tsv.get(2)).isEqualTo("\t二。\tmanual\t0-1");
        assertThat(tsv.get(3)).matches("Three\\.\t三。\t\\d\\.\\d{3}\t1-1");
    }

    @Test
    void beadsInAnyOrderAndWithGapsAreTakenWithAWarning() throws Exception {
        Path en = Cli.write(dir, "en.txt", "One.\nTwo.\nThree.\n");
        Path zh = Cli.write(dir, "zh.txt", "一。\n二。\n三。\n");
        Path align = Cli.write(dir, "x.align", "[1]:[1,2]\n[0,2]:[0]\n");
        Cli.Result r = Cli.run("apply", "--presegmented", "--ladder", align.toString(), "--format", "tsv",
                en.toString(), zh.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("Two.\t二。三。\tmanual\t1-2",
                "One. Three.\t一。\tmanual\t2-1");
        assertThat(r.err()).isEqualTo("bitext: warning: " + align
                + ": 1 bead(s) with a gap (first at line 2): their sentences are joined as if adjacent\n");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path align = ladderFile("000.align", ladder);
        Cli.run("apply", SEED.toString()).failsWithOneLine(Main.USAGE);
        Cli.run("apply", "--ladder", align.toString()).failsWithOneLine(Main.USAGE);
        Cli.run("apply", "--ladder", align.toString(), "--format", "ladder", SEED.toString())
                .failsWithOneLine(Main.USAGE);
        Cli.run("apply", "--ladder", align.toString(), "--format", "xlsx", SEED.toString())
                .failsWithOneLine(Main.USAGE);
        Cli.run("apply", "--ladder", align.toString(), "--header", SEED.toString()).failsWithOneLine(Main.USAGE);
    }

    @Test
    void theOutputMayNotBeTheLadderAndMissingFilesAreOneLine() throws Exception {
        Path align = ladderFile("000.align", ladder);
        String before = Files.readString(align);
        assertThat(Cli.run("apply", "--ladder", align.toString(), "-o", align.toString(), SEED.toString())
                .failsWithOneLine(Main.FAILURE).err()).contains("output would overwrite an input");
        assertThat(Files.readString(align)).isEqualTo(before);
        Cli.run("apply", "--ladder", align.toString(), dir.resolve("nowhere.txt").toString())
                .failsWithOneLine(Main.FAILURE);
        Cli.run("apply", "--ladder", dir.resolve("missing.align").toString(), SEED.toString())
                .failsWithOneLine(Main.FAILURE);
    }
}
