package dev.bitext.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 12 pairs of ../shared (Bible 001-006, MAC-Dev 001-006) through the job, on 1 and on 4 partitions, give
 * the TMX {@code build-tm} writes for the same manifest, unit for unit and byte for byte (header date aside),
 * and the same filter decisions. Skipped when ../shared is absent.
 */
class CorpusEquivalenceTest {
    @TempDir
    static Path dir;
    private static Path manifest;
    private static String buildTmTmx;
    private static List<String> buildTmRemoved;

    @BeforeAll
    static void buildTm() throws IOException {
        Path data = Path.of(System.getProperty("bitext.shared", "../shared")).resolve("data").toAbsolutePath();
        assumeTrue(Files.isDirectory(data.resolve("bible/en")) && Files.isDirectory(data.resolve("mac-dev/en")),
                "../shared/data not present");
        List<String> lines = new ArrayList<>();
        for (String set : List.of("bible", "mac-dev")) {
            for (int k = 1; k <= 6; k++) {
                String n = String.format("%03d", k);
                lines.add(data.resolve(set + "/en/" + n) + "\t" + data.resolve(set + "/zh/" + n));
            }
        }
        manifest = Files.write(dir.resolve("pairs.tsv"), lines);
        JobRun run = JobRun.bitext("build-tm", "--pairs", manifest.toString(), "--presegmented", "--source-lang", "en",
                "--target-lang", "zh", "--quiet", "-o", dir.resolve("build-tm.tmx").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        buildTmTmx = withoutDate(Files.readString(dir.resolve("build-tm.tmx")));
        buildTmRemoved = removed(run.err());
    }

    private static String withoutDate(String tmx) {
        return tmx.replaceFirst("creationdate=\"[0-9TZ]+\"", "creationdate=\"\"");
    }

    private static List<String> removed(String summary) {
        return summary.lines().filter(l -> l.startsWith("removed,") || l.startsWith("documents:")
                || l.startsWith("sentences:")).toList();
    }

    private static void sameAsBuildTm(int partitions) throws Exception {
        Path out = dir.resolve("units-" + partitions);
        Path tmx = dir.resolve("spark-" + partitions + ".tmx");
        JobRun run = JobRun.job("--input", manifest.toString(), "--format", "pairs-tsv", "--presegmented",
                "--source-lang", "en", "--target-lang", "zh", "--partitions", String.valueOf(partitions),
                "--output", out.toString(), "--tmx", tmx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String sparkTmx = Files.readString(tmx);
        assertThat(withoutDate(sparkTmx)).isEqualTo(buildTmTmx);
        dev.bitext.io.TmxValidator.parse(sparkTmx);
        assertThat(removed(run.err())).isEqualTo(buildTmRemoved);
        List<Row> kept = LocalSpark.session().read().parquet(out.toString()).filter("filter_reason is null").collectAsList();
        assertThat((long) kept.size()).isEqualTo(buildTmTmx.split("<tu[ >]", -1).length - 1);
    }

    @Test
    void onePartition() throws Exception {
        sameAsBuildTm(1);
    }

    @Test
    void fourPartitions() throws Exception {
        sameAsBuildTm(4);
    }
}
