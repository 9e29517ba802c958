package dev.bitext.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command outside scripts rely on, exactly as the README gives it: after {@code mvn package},
 * {@code java -cp 'spark/target/bitext-spark.jar:spark/target/lib/*' dev.bitext.spark.BuildTmJob --master
 * 'local[2]' --input pairs.tsv --format pairs-tsv --presegmented --source-lang en --target-lang zh --output
 * OUT_DIR --tmx OUT.tmx}, run from the project's root by a plain {@code java} with no other flag. Its TMX must
 * be the one {@code java -jar cli/target/bitext.jar build-tm} writes for the same manifest.
 */
class SparkJobContractTest {
    private static final Path ROOT = Path.of(System.getProperty("bitext.root", "..")).toAbsolutePath().normalize();

    private record Run(int exit, String err) {
    }

    private static Run run(Path log, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>();
        args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentedCommandWritesBuildTmsMemory(@TempDir Path dir) throws Exception {
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"),
                ROOT.resolve("seeds/000.en.txt") + "\t" + ROOT.resolve("seeds/000.zh.txt") + "\n"
                        + ROOT.resolve("seeds/002.en.txt") + "\t" + ROOT.resolve("seeds/002.zh.txt") + "\n");
        Path out = dir.resolve("OUT_DIR");
        Path tmx = dir.resolve("OUT.tmx");
        Run job = run(dir.resolve("job.log"), "-cp", "spark/target/bitext-spark.jar:spark/target/lib/*",
                "dev.bitext.spark.BuildTmJob", "--master", "local[2]", "--input", pairs.toString(),
                "--format", "pairs-tsv", "--presegmented", "--source-lang", "en", "--target-lang", "zh",
                "--output", out.toString(), "--tmx", tmx.toString());
        assertThat(job.exit()).as(job.err()).isZero();
        assertThat(job.err()).contains("documents: 2 aligned, 0 skipped").doesNotContain("Exception", " INFO ");
        try (var parts = Files.list(out)) {
            assertThat(parts.map(p -> p.getFileName().toString())).contains("_SUCCESS")
                    .anyMatch(n -> n.endsWith(".parquet"));
        }
        Path reference = dir.resolve("build-tm.tmx");
        Run buildTm = run(dir.resolve("build-tm.log"), "-jar", "cli/target/bitext.jar", "build-tm", "--pairs",
                pairs.toString(), "--presegmented", "--source-lang", "en", "--target-lang", "zh", "--quiet",
                "-o", reference.toString());
        assertThat(buildTm.exit()).as(buildTm.err()).isZero();
        assertThat(withoutDate(Files.readString(tmx))).isEqualTo(withoutDate(Files.readString(reference)))
                .contains("<tu>");
    }

    private static String withoutDate(String tmx) {
        return tmx.replaceFirst("creationdate=\"[0-9TZ]+\"", "creationdate=\"\"");
    }
}
