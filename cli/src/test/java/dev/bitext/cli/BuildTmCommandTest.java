package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BuildTmCommandTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path BILINGUAL_000 = SEEDS.resolve("000_2e109bbd2453c7cb.txt");
    private static final Path BILINGUAL_002 = SEEDS.resolve("002_d7e8be9bf3798988.txt");
    private static final Path ENGLISH_ONLY = SEEDS.resolve("001_9431e02bd4690013.txt");
    private static final Pattern UNITS = Pattern.compile("units written: (\\d+) ");

    @TempDir
    Path dir;

    private Path copy(Path file, String name) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        return Files.copy(file, target);
    }

    private static long units(Cli.Result r) {
        Matcher m = UNITS.matcher(r.err());
        assertThat(m.find()).as("summary in %s", r.err()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<Element> units(Document tmx) {
        NodeList tus = tmx.getElementsByTagName("tu");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < tus.getLength(); i++) {
            out.add((Element) tus.item(i));
        }
        return out;
    }

    /** The x-document prop of a unit, or null. */
    private static String document(Element tu) {
        NodeList props = tu.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getAttribute("type").equals("x-document")) {
                return p.getTextContent();
            }
        }
        return null;
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void folderInputSkipsAFileWithoutChineseAndHiddenFiles() throws Exception {
        Path docs = dir.resolve("docs");
        copy(BILINGUAL_000, "docs/a/000.txt");
        Path english = copy(ENGLISH_ONLY, "docs/b/001.txt");
        copy(ENGLISH_ONLY, "docs/.hidden/001.txt");
        copy(ENGLISH_ONLY, "docs/.001.txt");
        Path out = dir.resolve("out.tmx");

        Cli.Result r = Cli.run("build-tm", "--quiet", "-o", out.toString(), docs.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("bitext: warning: " + english + ": no Chinese text found\n");
        assertThat(r.err().lines().filter(l -> l.contains("warning"))).hasSize(1);
        assertThat(r.err()).contains("documents: 1 aligned, 1 skipped");
        assertThat(r.err()).doesNotContain("\r");
        assertThat(units(r)).isPositive().isEqualTo(units(TmxDtd.parse(out)).size());
    }

    @Test
    void anEarlierRunsOutputInTheInputFolderIsNotAlignedAgain() throws Exception {
        Path docs = dir.resolve("docs");
        copy(BILINGUAL_000, "docs/000.txt");
        Path out = docs.resolve("memory.tmx");
        Path review = docs.resolve("review.html");
        String[] args = {"build-tm", "--quiet", "-o", out.toString(), "--report", review.toString(), docs.toString()};

        Cli.Result first = Cli.run(args);
        Cli.Result second = Cli.run(args); // memory.tmx and review.html now hold both languages

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains("documents: 1 aligned, 0 skipped");
        assertThat(units(second)).isEqualTo(units(first));
    }

    @Test
    void manifestPathsAreRelativeToItsFolder() throws Exception {
        Path en = copy(SEEDS.resolve("000.en.txt"), "m/texts/en.txt");
        copy(SEEDS.resolve("000.zh.txt"), "m/texts/zh.txt");
        Path manifest = Cli.write(dir, "m/pairs.tsv", "# source\ttarget\n\ntexts/en.txt\ttexts/zh.txt\n");
        Path out = dir.resolve("out.tmx");

        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--pairs", manifest.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning");
        List<Element> tus = units(TmxDtd.parse(out));
        assertThat(tus).isNotEmpty().allSatisfy(tu -> assertThat(document(tu)).isEqualTo(en.toString()));
    }

    @Test
    void pairsTheOtherWayRoundAreTurnedToTheMemorysLanguages() throws Exception {
        copy(SEEDS.resolve("000.en.txt"), "en.txt");
        copy(SEEDS.resolve("000.zh.txt"), "zh.txt");
        Path manifest = Cli.write(dir, "pairs.tsv", "zh.txt\ten.txt\n");
        Path out = dir.resolve("out.tmx");

        Cli.run("build-tm", "-o", out.toString(), "--pairs", manifest.toString(), "--source-tag", "en-GB",
                "--target-tag", "zh-Hant");

        Element first = units(TmxDtd.parse(out)).get(0);
        NodeList tuvs = first.getElementsByTagName("tuv");
        assertThat(((Element) tuvs.item(0)).getAttribute("xml:lang")).isEqualTo("en-GB");
        assertThat(((Element) tuvs.item(1)).getAttribute("xml:lang")).isEqualTo("zh-Hant");
        assertThat(tuvs.item(1).getTextContent()).containsPattern("\\p{IsHan}");
    }

    @Test
    void malformedManifestLineIsNamedAndNothingIsWritten() throws IOException {
        Path manifest = Cli.write(dir, "pairs.tsv", "# pairs\na.txt\tb.txt\nonly-one-field.txt\n");
        Path out = dir.resolve("out.tmx");

        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--pairs", manifest.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("bitext: " + manifest + ":3: expected SOURCE<TAB>TARGET");
        assertThat(filesIn(dir)).containsExactly(manifest);
    }

    @Test
    void nothingAlignedFailsAndLeavesTheOutputAsItWas() throws IOException {
        Path out = Cli.write(dir, "out.tmx", "old");
        Path report = dir.resolve("review.html");

        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--report", report.toString(),
                ENGLISH_ONLY.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bitext: warning: " + ENGLISH_ONLY + ": no Chinese text found\n")
                .endsWith("bitext: nothing aligned: all 1 document(s) were skipped\n");
        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(filesIn(dir)).containsExactly(out);
    }

    @Test
    void minimumConfidenceKeepsFewerUnits() {
        Path all = dir.resolve("all.tmx");
        Path sure = dir.resolve("sure.tmx");
        Cli.Result none = Cli.run("build-tm", "-o", all.toString(), BILINGUAL_000.toString(), BILINGUAL_002.toString());
        Cli.Result high = Cli.run("build-tm", "-o", sure.toString(), "--min-confidence", "0.9",
                BILINGUAL_000.toString(), BILINGUAL_002.toString());

        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(high.exit()).as(high.err()).isZero();
        assertThat(units(high)).isLessThan(units(none));
        assertThat(high.err()).containsPattern("removed, low confidence: [1-9]");
        assertThat(none.err()).contains("removed, low confidence: 0\n");
    }

    @Test
    void theTmxValidatesAndEveryUnitNamesItsDocument() throws Exception {
        Path out = dir.resolve("out.tmx");
        Path report = dir.resolve("review.html");
        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--report", report.toString(), "--threads", "2",
                BILINGUAL_000.toString(), BILINGUAL_002.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(report).exists();
        List<Element> tus = units(TmxDtd.validate(out));
        assertThat(tus).isNotEmpty();
        assertThat(tus).allSatisfy(tu -> assertThat(document(tu)).isIn(BILINGUAL_000.toString(),
                BILINGUAL_002.toString()));
        assertThat(tus.stream().map(BuildTmCommandTest::document).distinct()).hasSize(2);
    }

    @Test
    void summaryNamesEveryFilter() {
        Cli.Result r = Cli.run("build-tm", "-o", dir.resolve("out.tmx").toString(), "--keep-duplicates",
                "--max-length-ratio", "none", BILINGUAL_002.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("documents: 1 aligned, 0 skipped", "sentences: ", "units written: ",
                "removed, unpaired (1-0, 0-1): ", "removed, low confidence: ", "removed, length ratio: 0\n",
                "removed, identical sides: ", "removed, no words: ", "removed, duplicate: 0\n");
    }

    @Test
    void usageErrors() {
        String out = dir.resolve("out.tmx").toString();
        Cli.run("build-tm", "-o", out).failsWithOneLine(2);
        Cli.run("build-tm", BILINGUAL_000.toString()).failsWithOneLine(2);
        Cli.run("build-tm", "-o", out, "--threads", "0", BILINGUAL_000.toString()).failsWithOneLine(2);
        Cli.run("build-tm", "-o", out, "--min-confidence", "1.5", BILINGUAL_000.toString()).failsWithOneLine(2);
        Cli.run("build-tm", "-o", out, "--max-length-ratio", "0.5", BILINGUAL_000.toString()).failsWithOneLine(2);
        Cli.run("build-tm", "-o", out, "--presegmented", BILINGUAL_000.toString()).failsWithOneLine(2);
        Cli.run("build-tm", "-o", out, "--source-lang", "zh", "--target-lang", "zh-TW", BILINGUAL_000.toString())
                .failsWithOneLine(2);
        assertThat(dir.resolve("out.tmx")).doesNotExist();
    }
}
