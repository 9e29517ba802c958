package dev.bitext.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.bitext.BitextException;
import dev.bitext.cli.AlignerFlags;
import dev.bitext.cli.EncodingFlag;
import dev.bitext.cli.Main;
import dev.bitext.cli.MemoryLanguageFlags;
import dev.bitext.cli.Sources;
import dev.bitext.cli.TmFilterFlags;
import dev.bitext.cli.TmxTagFlags;
import dev.bitext.tm.FilterReason;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code build-tm} as a Spark job: {@code spark-submit --class dev.bitext.spark.BuildTmJob bitext-spark.jar
 * --input PATH --format parquet|jsonl|pairs-tsv --output DIR [--tmx FILE] [build-tm's flags]}, or embedded
 * with {@code --master local[N]} and {@code java -cp 'bitext-spark.jar:lib/*'}. Writes the unit table
 * ({@link SparkAligner}) as Parquet to {@code DIR} and, with {@code --tmx}, one TMX file. Exit codes as the
 * {@code bitext} commands: 0 done, 1 bad input or failure (one line on standard error), 2 usage error.
 *
 * <p>Configuration goes through Spark's own ({@code --conf} of spark-submit, {@code spark.*} system
 * properties); logging through Spark's log4j 2 (level WARN when the job starts Spark itself, see
 * {@code --log-level}).
 */
@Command(name = "BuildTmJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Aligns many document pairs into one translation memory on Apache Spark, as bitext "
                + "build-tm does on one machine: the same units, with the lexicon learned from all documents.",
            "A document that cannot be aligned gives one row with the reason in its 'error' column (and a "
                + "warning); the others go on. A summary ends on standard error."})
public final class BuildTmJob implements Callable<Integer> {
    /** How many skipped documents are named one by one; the rest are counted. */
    private static final int NAMED_SKIPS = 20;

    /** The input formats. */
    enum Format {
        PARQUET, JSONL, PAIRS_TSV;

        static Format of(String name) {
            for (Format f : values()) {
                if (f.label().equals(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "': expected parquet, jsonl or pairs-tsv");
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] to run without a cluster (default: spark-submit's, else local[*]).")
    private String master;

    @Option(names = "--input", paramLabel = "PATH", required = true,
            description = "The documents: a Parquet or JSON-lines table (columns id, source_text, target_text; "
                    + "or id, text), or a build-tm --pairs manifest ('source<TAB>target' per line).")
    private String input;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "parquet, jsonl or pairs-tsv (default: from the input's extension: .tsv pairs-tsv, "
                    + ".jsonl or .json jsonl, else parquet).")
    private String format;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "Where the unit table goes, as Parquet (a folder that must not exist).")
    private String output;

    @Option(names = "--tmx", paramLabel = "FILE",
            description = "Also write the kept units to one TMX file on the driver (replaced only once complete).")
    private java.nio.file.Path tmx;

    @Option(names = "--presegmented", description = "The texts and files hold one sentence per line.")
    private boolean presegmented;

    @Mixin
    private MemoryLanguageFlags languages;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the documents (default: the input's, or Spark's default parallelism "
                    + "for pairs-tsv).")
    private Integer partitions;

    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "Spark's log level, e.g. WARN, INFO (default: WARN when the job starts Spark itself, "
                    + "else Spark's configuration).")
    private String logLevel;

    @Mixin
    private AlignerFlags alignerFlags;

    @Mixin
    private TmxTagFlags tags;

    @Mixin
    private TmFilterFlags filterFlags;

    @Mixin
    private EncodingFlag encodingFlag;

    private final SparkSession given;

    /** A job that starts (and stops) its own Spark session. */
    public BuildTmJob() {
        this(null);
    }

    /** A job that runs in {@code session}, left running afterwards (for tests and embedding). */
    BuildTmJob(SparkSession session) {
        this.given = session;
    }

    /**
     * Runs the job and exits with its exit code; started by a plain {@code java} without the flags Spark needs
     * on Java 17, it runs itself again with them.
     *
     * @param args the job's arguments
     * @throws Exception if the child JVM cannot be started
     */
    public static void main(String[] args) throws Exception {
        var relaunched = JavaModules.relaunchIfNeeded(BuildTmJob.class, args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        quietEmbeddedLogging(args);
        System.exit(Main.execute(new BuildTmJob(), args, System.out, System.err));
    }

    /**
     * When the job will start Spark itself (a {@code --master} given, or none configured) and no log4j 2
     * configuration is named, Spark logs warnings and errors only ({@code embedded-log4j2.properties}); under
     * {@code spark-submit} the cluster's configuration applies.
     */
    private static void quietEmbeddedLogging(String[] args) {
        boolean embedded = java.util.Arrays.stream(args).anyMatch(a -> a.equals("--master") || a.startsWith("--master="))
                || System.getProperty("spark.master") == null;
        var config = BuildTmJob.class.getResource("embedded-log4j2.properties");
        if (embedded && config != null && System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", config.toString());
        }
    }

    @Override
    public Integer call() throws IOException {
        Format inputFormat = inputFormat();
        if (partitions != null && partitions < 1) {
            throw usage("--partitions must be at least 1");
        }
        languages.check(spec.commandLine());
        SparkAligner aligner = SparkAligner.builder()
                .options(alignerFlags.options(spec.commandLine()))
                .filter(filterFlags.filter(spec.commandLine()))
                .tmx(tags.settings(spec.commandLine()))
                .sourceLanguage(languages.givenSource())
                .targetLanguage(languages.givenTarget())
                .presegmented(presegmented)
                .encoding(encodingFlag.charset())
                .build();
        if (tmx != null) {
            checkTmxTarget();
        }
        SparkSession spark = given != null ? given : start();
        try {
            JobPaths.requireAbsent(spark, output);
            JobPaths.requirePresent(spark, input);
            Dataset<Row> documents = JobInput.read(spark, input, inputFormat, partitions, encodingFlag.charset());
            // sorted once, for the Parquet table and the TMX alike
            Dataset<Row> units = TmxParts.sorted(aligner.align(documents)).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                return write(aligner, units);
            } finally {
                units.unpersist();
            }
        } finally {
            if (given == null) {
                spark.stop();
            }
        }
    }

    private int write(SparkAligner aligner, Dataset<Row> units) {
        long aligned = 0;
        long skipped = 0;
        long sourceSentences = 0;
        long targetSentences = 0;
        long kept = 0;
        Map<FilterReason, Long> removed = new EnumMap<>(FilterReason.class);
        Column paired = col(UnitSchema.BEAD).isNotNull();
        for (Row r : units.groupBy(UnitSchema.FILTER_REASON).agg(count(lit(1)),
                sum(when(col(UnitSchema.BEAD).equalTo(0), 1).otherwise(0)),
                sum(when(paired, size(col(UnitSchema.SOURCE_INDICES))).otherwise(0)),
                sum(when(paired, size(col(UnitSchema.TARGET_INDICES))).otherwise(0))).collectAsList()) {
            String reason = r.getString(0);
            aligned += r.getLong(2);
            sourceSentences += r.getLong(3);
            targetSentences += r.getLong(4);
            if (UnitSchema.SKIPPED_DOCUMENT.equals(reason)) {
                skipped = r.getLong(1);
            } else if (reason == null) {
                kept = r.getLong(1);
            } else {
                removed.put(FilterReason.valueOf(reason), r.getLong(1));
            }
        }
        if (skipped > 0) {
            warnSkipped(units, skipped);
        }
        if (aligned == 0) {
            throw new BitextException("nothing aligned: all " + skipped + " document(s) were skipped");
        }
        units.write().parquet(output);
        if (tmx != null) {
            TmxParts.writeSorted(units, aligner.tmxSettings(), aligner.sourceLanguage(), aligner.targetLanguage(),
                    output + "/_tmx-parts", tmx);
        }
        Sources.summary(aligned, skipped, sourceSentences, targetSentences, kept, removed,
                tmx != null ? tmx + " (and " + output + ")" : output).forEach(spec.commandLine().getErr()::println);
        return Main.OK;
    }

    /** A warning for each of the first skipped documents, in input order, and a count of the others. */
    private void warnSkipped(Dataset<Row> units, long skipped) {
        List<Row> named = units.filter(col(UnitSchema.ERROR).isNotNull())
                .orderBy(UnitSchema.DOC_INDEX).select(UnitSchema.ID, UnitSchema.ERROR).limit(NAMED_SKIPS).collectAsList();
        for (Row r : named) {
            String name = r.getString(0);
            String reason = r.getString(1);
            Sources.warn(spec.commandLine(), reason.startsWith(name + ":") ? reason : name + ": " + reason);
        }
        if (skipped > named.size()) {
            Sources.warn(spec.commandLine(), (skipped - named.size()) + " more document(s) skipped: see the 'error' "
                    + "column of " + output);
        }
    }

    private Format inputFormat() {
        String name = format;
        if (name == null) {
            String lower = input.toLowerCase(java.util.Locale.ROOT);
            name = lower.endsWith(".tsv") ? "pairs-tsv"
                    : lower.endsWith(".jsonl") || lower.endsWith(".json") ? "jsonl" : "parquet";
        }
        try {
            return Format.of(name.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("--format: " + e.getMessage());
        }
    }

    /** The TMX's folder must exist, and the TMX must not be the input. */
    private void checkTmxTarget() {
        java.nio.file.Path folder = tmx.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BitextException(tmx + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(tmx)) {
            throw new BitextException(tmx + ": is a directory");
        }
        if (tmx.toAbsolutePath().normalize().equals(java.nio.file.Path.of(input).toAbsolutePath().normalize())) {
            throw new BitextException(tmx + ": output would overwrite an input");
        }
    }

    private SparkSession start() {
        SparkSession.Builder b = SparkSession.builder().appName("bitext build-tm");
        SparkConf conf = new SparkConf();
        if (master != null) {
            b.master(master);
        } else if (!conf.contains("spark.master")) {
            b.master("local[*]");
        }
        boolean embedded = master != null || !conf.contains("spark.master");
        if (embedded && !conf.contains("spark.ui.enabled")) {
            b.config("spark.ui.enabled", "false");
        }
        SparkSession spark = b.getOrCreate();
        if (embedded && !conf.contains("spark.sql.shuffle.partitions")) {
            // Spark's 200 suit a cluster; one machine's cores are better served by a few per core
            spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(4 * spark.sparkContext().defaultParallelism()));
        }
        String level = logLevel != null ? logLevel : embedded ? "WARN" : null;
        if (level != null) {
            spark.sparkContext().setLogLevel(level);
        }
        return spark;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
