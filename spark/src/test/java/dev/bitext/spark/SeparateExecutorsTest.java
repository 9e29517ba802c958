package dev.bitext.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bitext.Language;
import dev.bitext.cli.Sources;
import dev.bitext.io.TmxSettings;
import dev.bitext.tm.TmSource;
import dev.bitext.tm.TranslationMemoryBuilder;
import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executors in JVMs of their own (Spark's {@code local-cluster}: a master and two workers started on this
 * machine), so that everything the job ships really crosses a process boundary. Runs in a JVM of its own
 * (the module's tests do not share JVMs); skipped when the cluster cannot start here.
 */
class SeparateExecutorsTest {
    private static final Path ROOT = Path.of(System.getProperty("bitext.root", "..")).toAbsolutePath();
    private static final TmxSettings FIXED = new TmxSettings(null, null, Instant.parse("2026-01-02T03:04:05Z"));
    private static SparkSession spark;

    @BeforeAll
    static void start(@TempDir Path home) throws Exception {
        System.setProperty("spark.testing", "true"); // workers then use spark.test.home, not a Spark distribution
        System.setProperty("spark.test.home", home.toString());
        try {
            spark = SparkSession.builder().master("local-cluster[2,1,1024]").appName("bitext-separate-executors")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.executor.memory", "512m")
                    .config("spark.executor.extraClassPath", absoluteClassPath())
                    .config("spark.executorEnv.SPARK_TESTING", "1")
                    .config("spark.executorEnv.SPARK_SCALA_VERSION", "2.13")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            long deadline = System.currentTimeMillis() + 60_000;
            while (spark.sparkContext().getExecutorMemoryStatus().size() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        } catch (Exception | LinkageError e) {
            assumeTrue(false, "local-cluster cannot start here: " + e);
        }
        assumeTrue(spark.sparkContext().getExecutorMemoryStatus().size() >= 3, "the two executors did not register");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The class path with every entry absolute: the executors run in folders of their own. */
    private static String absoluteClassPath() {
        List<String> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                out.add(e.endsWith("*") ? new File(e.substring(0, e.length() - 1)).getAbsolutePath() + "/*"
                        : new File(e).getAbsolutePath());
            }
        }
        return String.join(File.pathSeparator, out);
    }

    @Test
    void theUnitsAreBuildTmsWhenTheExecutorsAreOtherProcesses(@TempDir Path dir) throws Exception {
        long driver = ProcessHandle.current().pid();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Long> pids = jsc.parallelize(List.of(1, 2, 3, 4), 4).map(x -> ProcessHandle.current().pid()).collect();
        assertThat(pids).doesNotContain(driver);

        List<Row> rows = new ArrayList<>();
        List<TmSource> sources = new ArrayList<>();
        for (String seed : List.of("000", "002")) {
            String en = Files.readString(ROOT.resolve("seeds/" + seed + ".en.txt"));
            String zh = Files.readString(ROOT.resolve("seeds/" + seed + ".zh.txt"));
            rows.add(RowFactory.create(seed, en, zh));
            sources.add(TmSource.of(seed, Sources.texts(seed + " (source_text)", en, null, seed + " (target_text)", zh,
                    Language.CHINESE, true)));
        }
        StructType schema = new StructType().add("id", DataTypes.StringType)
                .add("source_text", DataTypes.StringType).add("target_text", DataTypes.StringType);
        Dataset<Row> docs = spark.createDataFrame(jsc.parallelize(rows, 2), schema);
        SparkAligner aligner = SparkAligner.builder().presegmented(true).targetLanguage(Language.CHINESE).tmx(FIXED)
                .build();
        Path tmx = dir.resolve("units.tmx");
        aligner.writeTmx(aligner.align(docs), dir.resolve("parts").toString(), tmx);

        StringWriter expected = new StringWriter();
        TranslationMemoryBuilder.builder().tmx(FIXED).build().build(sources, expected, null);
        assertThat(Files.readString(tmx)).isEqualTo(expected.toString());
    }
}
