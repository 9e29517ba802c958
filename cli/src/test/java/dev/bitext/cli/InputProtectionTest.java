package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o} (or {@code --report}) naming one of the command's own inputs is refused, the input untouched. */
class InputProtectionTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path EN = SEEDS.resolve("000.en.txt");
    private static final Path ZH = SEEDS.resolve("000.zh.txt");
    private static final Path BILINGUAL = SEEDS.resolve("002_d7e8be9bf3798988.txt");
    private static final String DICTIONARY = "河 河 [he2] /river/\n";

    @TempDir
    Path dir;

    private Path copy(Path file, String name) throws IOException {
        return Files.copy(file, dir.resolve(name));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs {@code args}, expects the refusal naming {@code output} (and {@code input} if given differently). */
    private void refused(String output, String input, String... args) throws IOException {
        List<String> before = names();
        Cli.Result r = Cli.run(args).failsWithOneLine(1);
        String named = input.equals(output) ? "" : " (" + input + ")";
        assertThat(r.err()).isEqualTo("bitext: " + output + ": output would overwrite an input" + named + "\n");
        assertThat(names()).as("no file added or removed").isEqualTo(before);
    }

    @Test
    void alignRefusesToWriteOverItsSourceOrTarget() throws IOException {
        Path en = copy(EN, "en.txt");
        Path zh = copy(ZH, "zh.txt");
        refused(en.toString(), en.toString(), "align", "-o", en.toString(), en.toString(), zh.toString());
        refused(zh.toString(), zh.toString(), "align", "-o", zh.toString(), en.toString(), zh.toString());
        assertThat(en).hasSameBinaryContentAs(EN);
        assertThat(zh).hasSameBinaryContentAs(ZH);
    }

    @Test
    void alignRefusesToWriteOverItsBilingualFileOrADictionary() throws IOException {
        Path bilingual = copy(BILINGUAL, "bi.txt");
        Path dictionary = Cli.write(dir, "dict.u8", DICTIONARY);
        refused(bilingual.toString(), bilingual.toString(), "align", "-o", bilingual.toString(), bilingual.toString());
        refused(dictionary.toString(), dictionary.toString(), "align", "--dictionary", dictionary.toString(),
                "-o", dictionary.toString(), bilingual.toString());
        assertThat(bilingual).hasSameBinaryContentAs(BILINGUAL);
        assertThat(dictionary).hasContent(DICTIONARY.strip());
    }

    @Test
    void segmentRefusesToWriteOverItsInputWhateverTheSpelling() throws IOException {
        Path input = copy(EN, "x.txt");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), input.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.txt"), input);
        String dotted = dir.resolve(".").resolve("x.txt").toString();

        refused(input.toString(), input.toString(), "segment", "-o", input.toString(), input.toString());
        refused(dotted, input.toString(), "segment", "-o", dotted, input.toString());
        refused(link.toString(), input.toString(), "segment", "-o", link.toString(), input.toString());
        refused(hard.toString(), input.toString(), "segment", "-o", hard.toString(), input.toString());
        refused(input.toString(), link.toString(), "segment", "-o", input.toString(), link.toString());
        assertThat(input).hasSameBinaryContentAs(EN);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void buildTmRefusesAnInputFileNamedAsOutputOrReport() throws IOException {
        Path bilingual = copy(BILINGUAL, "bi.txt");
        Path report = dir.resolve("review.html");
        refused(bilingual.toString(), bilingual.toString(), "build-tm", "-o", bilingual.toString(),
                bilingual.toString());
        refused(bilingual.toString(), bilingual.toString(), "build-tm", "-o", dir.resolve("out.tmx").toString(),
                "--report", bilingual.toString(), bilingual.toString());
        assertThat(bilingual).hasSameBinaryContentAs(BILINGUAL);
        assertThat(report).doesNotExist();
    }

    @Test
    void buildTmRefusesItsManifestAPairFileOrADictionary() throws IOException {
        Path en = copy(EN, "en.txt");
        copy(ZH, "zh.txt");
        Path manifest = Cli.write(dir, "pairs.tsv", "en.txt\tzh.txt\n");
        Path dictionary = Cli.write(dir, "dict.u8", DICTIONARY);
        refused(manifest.toString(), manifest.toString(), "build-tm", "-o", manifest.toString(),
                "--pairs", manifest.toString());
        refused(en.toString(), en.toString(), "build-tm", "-o", en.toString(), "--pairs", manifest.toString());
        refused(dictionary.toString(), dictionary.toString(), "build-tm", "--dictionary", dictionary.toString(),
                "-o", dictionary.toString(), "--pairs", manifest.toString());
        assertThat(en).hasSameBinaryContentAs(EN);
        assertThat(manifest).hasContent("en.txt\tzh.txt");
    }

    @Test
    void buildTmRefusesAReportThatIsTheOutputThroughALink() throws IOException {
        Path out = Cli.write(dir, "out.tmx", "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), out.getFileName());
        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--report", link.toString(), BILINGUAL.toString())
                .failsWithOneLine(2);
        assertThat(r.err()).startsWith("bitext: --report and -o name the same file");
        assertThat(out).hasContent("old");
    }

    @Test
    void anOutputInAnInputFolderIsStillSkippedSilently() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(BILINGUAL, docs.resolve("a.txt"));
        Path out = Cli.write(docs, "memory.tmx", "old, from an earlier run");
        Cli.Result r = Cli.run("build-tm", "--quiet", "-o", out.toString(), docs.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("documents: 1 aligned, 0 skipped").doesNotContain("warning");
    }

    @Test
    void aDifferentFileIsNotAnInput() throws IOException {
        Path a = Cli.write(dir, "a.txt", "x");
        Path b = Cli.write(dir, "b.txt", "x");
        OutputTarget.refuseInputs(b, List.of(a));
        OutputTarget.refuseInputs(null, List.of(a));
        OutputTarget.refuseInputs(dir.resolve("new.txt"), List.of(a));
        assertThat(OutputTarget.sameRegularFile(a, b)).isFalse();
        assertThat(OutputTarget.sameRegularFile(a, dir.resolve("./a.txt"))).isTrue();
    }
}
