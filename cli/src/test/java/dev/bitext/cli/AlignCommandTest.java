package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class AlignCommandTest {
    /** The project's seed articles; surefire runs in the cli module. */
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path BILINGUAL = SEEDS.resolve("000_2e109bbd2453c7cb.txt");
    private static final Path ENGLISH_ONLY = SEEDS.resolve("001_9431e02bd4690013.txt");
    private static final Pattern LADDER_LINE = Pattern.compile("\\[([0-9, ]*)]:\\[([0-9, ]*)](:.*)?");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Cli.write(dir, name, text);
    }

    // ---- failures the command line itself detects ----

    @Test
    void missingSourceIsNamed() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = Cli.run("align", missing.toString(), file("zh.txt", "你好。").toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + missing + ": no such file\n");
    }

    @Test
    void directoryInsteadOfFileIsNamed() throws IOException {
        Cli.Result r = Cli.run("align", file("en.txt", "Hello.").toString(), dir.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("bitext: " + dir + ": is a directory");
    }

    @Test
    void invalidUtf8IsNamedWithItsOffset() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'O', 'k', '.', ' ', (byte) 0xE4, (byte) 0xBD});
        Cli.Result r = Cli.run("align", file("en.txt", "Hello.").toString(), bad.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + bad + ": invalid UTF-8 at byte 4 (not GB18030 or Big5 either; pass --encoding)\n");
    }

    @Test
    void twoEnglishFilesAreRefusedUnlessLanguagesAreGiven() throws IOException {
        Path a = file("a.txt", "One sentence here.");
        Path b = file("b.txt", "Another sentence there.");
        Cli.Result r = Cli.run("align", "--presegmented", a.toString(), b.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + a + " and " + b + " are both English "
                + "(give --source-lang and --target-lang to align them anyway)\n");
    }

    @Test
    void failedRunLeavesNoOutputFile() throws IOException {
        Path out = dir.resolve("out.tmx");
        Cli.run("align", "-o", out.toString(), dir.resolve("missing.txt").toString(),
                file("zh.txt", "你好。").toString()).failsWithOneLine(1);
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("zh.txt");
        }
    }

    @Test
    void presegmentedNeedsTwoFiles() throws IOException {
        Cli.run("align", "--presegmented", file("x.txt", "Hi.\n你好。").toString()).failsWithOneLine(2);
    }

    @Test
    void bilingualFileNeedsTwoDifferentLanguages() throws IOException {
        Path f = file("x.txt", "Hi.\n你好。");
        Cli.run("align", "--source-lang", "zh", "--target-lang", "zh", f.toString()).failsWithOneLine(2);
        Cli.run("align", "--source-lang", "en", "--target-lang", "en", f.toString()).failsWithOneLine(2);
    }

    // ---- runs that need the aligner, segmenter and writers of core ----

    @Test
    void bilingualFileWithoutChineseIsNamed() {
        Cli.Result r = Cli.run("align", ENGLISH_ONLY.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + ENGLISH_ONLY + ": no Chinese text found\n");
    }

    @Test
    void presegmentedLadderCoversEveryLineIncludingBlankOnes() throws IOException {
        Path en = file("en.txt", "The rain stopped.\n\nWe walked home together.\nIt was late.\n");
        Path zh = file("zh.txt", "雨停了。\n我们一起走回家。\n\n天已经晚了。\n");
        Cli.Result r = Cli.run("align", "--presegmented", "--format", "ladder", en.toString(), zh.toString());
        r.succeeds();
        assertCoversExactly(ladder(r.out()), 4, 4);
    }

    @Test
    void byteOrderMarkAndCrLfDoNotChangeTheResult() throws IOException {
        String en = "The rain stopped.\nWe walked home together.\nIt was late.\n";
        String zh = "雨停了。\n我们一起走回家。\n天已经晚了。\n";
        Path enPlain = file("en.txt", en);
        Path zhPlain = file("zh.txt", zh);
        Path enBom = file("en-bom.txt", "\uFEFF" + en.replace("\n", "\r\n"));
        Path zhCr = file("zh-cr.txt", zh.replace('\n', '\r'));
        Cli.Result plain = Cli.run("align", "--presegmented", "--format", "ladder", enPlain.toString(),
                zhPlain.toString()).succeeds();
        Cli.Result marked = Cli.run("align", "--presegmented", "--format", "ladder", enBom.toString(),
                zhCr.toString()).succeeds();
        assertThat(marked.out()).isEqualTo(plain.out());
        assertCoversExactly(ladder(plain.out()), 3, 3);
    }

    @Test
    void outputFileHoldsWhatStandardOutputWouldShow() throws IOException {
        Path en = file("en.txt", "The rain stopped. We walked home together.");
        Path zh = file("zh.txt", "雨停了。我们一起走回家。");
        Path out = dir.resolve("out.tsv");
        Cli.Result toFile = Cli.run("align", "--format", "tsv", "-o", out.toString(), en.toString(), zh.toString());
        toFile.succeeds();
        assertThat(toFile.out()).isEmpty();
        Cli.Result toStdout = Cli.run("align", "--format", "tsv", en.toString(), zh.toString()).succeeds();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(toStdout.out()).contains("雨停了");
    }

    @Test
    void bilingualFileGivesValidTmxWithDefaultTags() throws Exception {
        Cli.Result r = Cli.run("align", BILINGUAL.toString()).succeeds();
        Element tmx = parseXml(r.out());
        assertThat(tmx.getTagName()).isEqualTo("tmx");
        assertThat(tmx.getElementsByTagName("tu").getLength()).isPositive();
        assertThat(langs(tmx)).contains("en-US", "zh-CN").hasSize(2);
    }

    @Test
    void tagsAndDetectedLanguagesReachTheTmx() throws Exception {
        Path zh = file("zh.txt", "雨停了。我们一起走回家。");
        Path en = file("en.txt", "The rain stopped. We walked home together.");
        Cli.Result r = Cli.run("align", "--target-tag", "en-GB", zh.toString(), en.toString()).succeeds();
        Element tmx = parseXml(r.out());
        Element header = (Element) tmx.getElementsByTagName("header").item(0);
        assertThat(header.getAttribute("srclang")).isEqualTo("zh-CN");
        assertThat(langs(tmx)).containsExactlyInAnyOrder("zh-CN", "en-GB");
    }

    @Test
    void chineseSourceSwapsTheSidesOfABilingualFile() {
        List<int[][]> englishFirst = ladder(Cli.run("align", "--format", "ladder", BILINGUAL.toString())
                .succeeds().out());
        List<int[][]> chineseFirst = ladder(Cli.run("align", "--format", "ladder", "--source-lang", "zh",
                BILINGUAL.toString()).succeeds().out());
        assertThat(chineseFirst).hasSameSizeAs(englishFirst).isNotEmpty();
        for (int i = 0; i < englishFirst.size(); i++) {
            assertThat(chineseFirst.get(i)[0]).isEqualTo(englishFirst.get(i)[1]);
            assertThat(chineseFirst.get(i)[1]).isEqualTo(englishFirst.get(i)[0]);
        }
    }

    @Test
    void sameLanguageIsAcceptedWhenBothAreGiven() throws IOException {
        Path a = file("a.txt", "One sentence here.\nTwo.\n");
        Path b = file("b.txt", "Another sentence there.\nThree.\n");
        Cli.Result r = Cli.run("align", "--presegmented", "--source-lang", "en", "--target-lang", "en",
                "--format", "ladder", a.toString(), b.toString()).succeeds();
        assertCoversExactly(ladder(r.out()), 2, 2);
    }

    // ---- helpers ----

    /** Parses ladder lines into {source ids, target ids} pairs. */
    private static List<int[][]> ladder(String text) {
        List<int[][]> beads = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LADDER_LINE.matcher(line.strip());
            assertThat(m.matches()).as("ladder line '%s'", line).isTrue();
            beads.add(new int[][] {ids(m.group(1)), ids(m.group(2))});
        }
        return beads;
    }

    private static int[] ids(String list) {
        return list.isBlank() ? new int[0]
                : Stream.of(list.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    /** Asserts that the beads cover source 0..sources-1 and target 0..targets-1 in order, each once. */
    private static void assertCoversExactly(List<int[][]> beads, int sources, int targets) {
        int nextSource = 0;
        int nextTarget = 0;
        for (int[][] bead : beads) {
            for (int s : bead[0]) {
                assertThat(s).isEqualTo(nextSource++);
            }
            for (int t : bead[1]) {
                assertThat(t).isEqualTo(nextTarget++);
            }
        }
        assertThat(nextSource).isEqualTo(sources);
        assertThat(nextTarget).isEqualTo(targets);
    }

    private static Element parseXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    /** The distinct xml:lang values of the tuv elements. */
    private static List<String> langs(Element tmx) {
        var tuvs = tmx.getElementsByTagName("tuv");
        List<String> langs = new ArrayList<>();
        for (int i = 0; i < tuvs.getLength(); i++) {
            String lang = ((Element) tuvs.item(i)).getAttribute("xml:lang");
            if (!langs.contains(lang)) {
                langs.add(lang);
            }
        }
        return langs;
    }
}
