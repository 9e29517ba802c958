package dev.bitext.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line: its outputs, its errors and exit codes, with documents that fail among the others. */
class BuildTmJobTest {
    private static final Path ROOT = Path.of(System.getProperty("bitext.root", "..")).toAbsolutePath();

    @TempDir
    Path dir;
    private Path pairs;

    @BeforeEach
    void manifest() throws IOException {
        Files.writeString(dir.resolve("english.txt"), "Only English here.\nAnd more English.\n");
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me.\n".getBytes(StandardCharsets.ISO_8859_1));
        pairs = Files.writeString(dir.resolve("pairs.tsv"), String.join("\n",
                ROOT.resolve("seeds/000.en.txt") + "\t" + ROOT.resolve("seeds/000.zh.txt"),
                "english.txt\tenglish.txt",
                "latin1.txt\t" + ROOT.resolve("seeds/002.zh.txt"),
                ROOT.resolve("seeds/002.en.txt") + "\t" + ROOT.resolve("seeds/002.zh.txt")) + "\n");
    }

    private JobRun job(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--input", pairs.toString(), "--format", "pairs-tsv",
                "--presegmented", "--source-lang", "en", "--target-lang", "zh"));
        args.addAll(List.of(extra));
        return JobRun.job(args.toArray(String[]::new));
    }

    @Test
    void failingDocumentsAreRowsWithTheirReasonAndTheRestIsAligned() throws Exception {
        Path out = dir.resolve("out");
        Path tmx = dir.resolve("out.tmx");
        JobRun run = job("--encoding", "UTF-8", "--output", out.toString(), "--tmx", tmx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("bitext: warning: " + dir.resolve("english.txt") + ": --target-lang zh, "
                + "but the text has no Chinese", "bitext: warning: " + dir.resolve("latin1.txt") + ": invalid UTF-8",
                "documents: 2 aligned, 2 skipped", "units written: ");
        List<Row> errors = LocalSpark.session().read().parquet(out.toString()).filter("error is not null")
                .orderBy("doc_index").collectAsList();
        assertThat(errors).extracting(r -> r.<Long>getAs("doc_index")).containsExactly(1L, 2L);
        assertThat(errors).allSatisfy(r -> assertThat(r.<String>getAs("filter_reason")).isEqualTo("SKIPPED_DOCUMENT"));
        dev.bitext.io.TmxValidator.parse(Files.readString(tmx));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("_tmx"));
        }
    }

    @Test
    void anExistingOutputFolderIsNeverWrittenOver() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        JobRun run = job("--output", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("bitext: " + out + ": already exists");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void nothingAlignedIsAFailureAndWritesNothing() throws Exception {
        Files.writeString(pairs, "english.txt\tenglish.txt\n");
        Path out = dir.resolve("out");
        Path tmx = Files.writeString(dir.resolve("old.tmx"), "old");
        JobRun run = job("--output", out.toString(), "--tmx", tmx.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("bitext: nothing aligned: all 1 document(s) were skipped");
        assertThat(out).doesNotExist();
        assertThat(Files.readString(tmx)).isEqualTo("old");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(job("--output", dir.resolve("o").toString(), "--partitions", "0").exit()).isEqualTo(2);
        JobRun format = JobRun.job("--input", pairs.toString(), "--output", dir.resolve("o").toString(), "--format", "csv");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format: unknown format 'csv'");
        assertThat(JobRun.job("--output", "x").exit()).isEqualTo(2); // --input missing
        assertThat(job("--output", dir.resolve("o").toString(), "--max-bead", "9").err()).contains("--max-bead");
    }

    @Test
    void badPathsAreNamed() throws IOException {
        JobRun missing = JobRun.job("--input", dir.resolve("nope.tsv").toString(), "--output", dir.resolve("o").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.tsv: ");
        Files.writeString(pairs, "only-one-field\n");
        JobRun malformed = job("--output", dir.resolve("o").toString());
        assertThat(malformed.exit()).isEqualTo(1);
        assertThat(malformed.err()).contains(pairs + ":1: expected SOURCE<TAB>TARGET");
        JobRun noFolder = job("--output", dir.resolve("o").toString(), "--tmx", dir.resolve("no/such/x.tmx").toString());
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aTableWithoutTheColumnsIsRefusedNamingIt() throws IOException {
        Path table = dir.resolve("docs.jsonl");
        Files.writeString(table, "{\"id\": \"a\", \"english\": \"x\"}\n");
        JobRun run = JobRun.job("--input", table.toString(), "--output", dir.resolve("o").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(table + ": expected columns id, source_text, target_text");
    }

    @Test
    void aJsonLinesTableOfTextsIsAligned() throws IOException {
        Path table = dir.resolve("docs.jsonl");
        String en = Files.readString(ROOT.resolve("seeds/000.en.txt"));
        String zh = Files.readString(ROOT.resolve("seeds/000.zh.txt"));
        Files.writeString(table, "{\"id\": \"seed\", \"source_text\": " + json(en) + ", \"target_text\": " + json(zh)
                + "}\n");
        Path out = dir.resolve("o");
        JobRun run = JobRun.job("--input", table.toString(), "--presegmented", "--output", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("documents: 1 aligned, 0 skipped");
        assertThat(LocalSpark.session().read().parquet(out.toString()).filter("filter_reason is null").count())
                .isPositive();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
