package dev.bitext.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.bitext.AlignerOptions;
import dev.bitext.Language;
import dev.bitext.io.TmxSettings;
import dev.bitext.tm.CorpusPasses;
import dev.bitext.tm.TmFilter;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code build-tm} on Apache Spark: aligns a table of document pairs with the word associations learned from
 * all of them, judges every bead by a {@link TmFilter}, and gives one row per bead.
 *
 * <pre>{@code
 * SparkAligner aligner = SparkAligner.builder()
 *         .filter(TmFilter.builder().minConfidence(0.5).build())
 *         .build();
 * Dataset<Row> units = aligner.align(spark.read().parquet("pairs.parquet"));
 * units.write().parquet("units.parquet");
 * }</pre>
 *
 * <p><b>Input</b>: a table with {@code id} and either {@code source_text} and {@code target_text} (raw texts,
 * segmented on the executors; one sentence per line with {@link Builder#presegmented}), or {@code text} (one
 * text holding both languages); or {@code source_path} and {@code target_path} (files the executors read, as
 * {@code build-tm --pairs} reads them; {@code id} defaults to the source path). Optional columns:
 * {@code source_lang} and {@code target_lang} ({@code en}, {@code zh}: that row's languages) and
 * {@code doc_index} (the documents' order; default: the table's order).
 *
 * <p><b>Output</b> ({@link #align}): {@code id}, {@code doc_index}, {@code bead} (index in the document),
 * {@code source_indices}, {@code target_indices} (sentence indices, 0-based, as {@code align --format ladder}
 * prints them), {@code source}, {@code target} (the texts), {@code confidence}, {@code bead_type} (e.g.
 * {@code 1-2}), {@code filter_reason} (null when the unit is kept, else a {@link dev.bitext.tm.FilterReason}
 * name), {@code error} (null), {@code source_tag}, {@code target_tag} (the TMX language tags). A document that
 * cannot be aligned (unreadable, not Chinese, ...) gives one row with a null {@code bead}, {@code filter_reason}
 * {@code SKIPPED_DOCUMENT} and the reason in {@code error}; the others go on.
 *
 * <p><b>How it runs</b>: the first pass on the executors (persisted with the documents); the learned
 * associations counted on the executors ({@code AssociationCount}: token counts by a reduce, the eligible
 * vocabulary broadcast, pairs counted per partition in primitive tables and summed by a reduce), only the
 * kept pairs (the learned lexicon) collected to the driver and broadcast; the second pass on the executors
 * (persisted); duplicates settled from the candidates' keys alone (groups of more than one, joined back; the
 * first in document order stays). Texts and beads never go to the driver. The units are the same, bead for
 * bead, as {@code build-tm} writes for the same documents in the same order, whatever the partitioning.
 *
 * <p>Immutable and thread-safe (the builder is not); {@link #align} may run several times at once.
 */
public final class SparkAligner {
    private final AlignerOptions options;
    private final TmFilter filter;
    private final TmxSettings tmx;
    private final Language sourceLanguage;
    private final Language targetLanguage;
    private final Language sourceHint;
    private final Language targetHint;
    private final boolean presegmented;
    private final Charset charset;

    private SparkAligner(Builder b) {
        this.options = b.options;
        this.filter = b.filter;
        this.sourceHint = b.sourceLanguage;
        this.targetHint = b.targetLanguage;
        this.sourceLanguage = b.sourceLanguage != null ? b.sourceLanguage
                : b.targetLanguage != null ? other(b.targetLanguage) : Language.ENGLISH;
        this.targetLanguage = b.targetLanguage != null ? b.targetLanguage : other(sourceLanguage);
        TmxSettings t = b.tmx;
        this.tmx = t.creationDate() != null ? t
                : new TmxSettings(t.sourceTag(), t.targetTag(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        this.presegmented = b.presegmented;
        this.charset = b.charset;
    }

    private static Language other(Language language) {
        return language == Language.ENGLISH ? Language.CHINESE : Language.ENGLISH;
    }

    /** {@return a builder with the defaults: build-tm's aligner options, filter and TMX settings, English to Chinese} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the memory's source language} */
    public Language sourceLanguage() {
        return sourceLanguage;
    }

    /** {@return the memory's target language} */
    public Language targetLanguage() {
        return targetLanguage;
    }

    /** {@return the TMX settings, with the creation date fixed when the aligner was built} */
    public TmxSettings tmxSettings() {
        return tmx;
    }

    /** {@return the filter} */
    public TmFilter filter() {
        return filter;
    }

    /**
     * Aligns every document of {@code documents} (see the class comment for the columns). Runs the Spark jobs
     * of both passes and the learning before it returns; the second pass's rows stay persisted (memory, then
     * disk) for the result, whose duplicates are settled when it is used.
     *
     * @param documents the documents, one per row
     * @return one row per bead, in {@code UNITS} order of columns; persist it when it is used more than once
     * @throws IllegalArgumentException if the columns are not one of the input tables
     */
    public Dataset<Row> align(Dataset<Row> documents) {
        Objects.requireNonNull(documents, "documents");
        InputShape shape = InputShape.of(documents.schema());
        SparkSession spark = documents.sparkSession();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        CorpusPasses passes = CorpusPasses.of(options);
        DocumentLoader loader = new DocumentLoader(sourceLanguage, targetLanguage, sourceHint, targetHint,
                presegmented, charset);
        var reader = shape.reader(documents.schema());
        JavaRDD<DocumentRow> rows = java.util.Arrays.asList(documents.schema().fieldNames()).contains("doc_index")
                ? documents.javaRDD().map(r -> reader.call(new scala.Tuple2<>(r, -1L))) // no job to number them
                : documents.javaRDD().zipWithIndex().map(reader);
        JavaRDD<FirstRecord> firsts = rows.map(new FirstPassFunction(passes, loader))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<CorpusPasses.Learned> learned = jsc.broadcast(AssociationCount.learn(jsc, firsts, passes));
        // persisted and computed now: read twice, for the duplicate groups and for the units themselves
        // (without it the two sides of the join would each run the second pass)
        JavaRDD<Row> units = firsts.flatMap(new SecondPass(passes, loader, filter, TmxTags.of(tmx), learned))
                .persist(StorageLevel.MEMORY_AND_DISK());
        units.count();
        firsts.unpersist(false); // the first passes (with their observed tokens) are no longer needed
        learned.unpersist(false);
        Dataset<Row> table = spark.createDataFrame(units, UnitSchema.WORKING);
        return deduplicated(table).select(Arrays.stream(UnitSchema.UNITS.fieldNames()).map(Column::new)
                .toArray(Column[]::new));
    }

    /**
     * Writes the kept units of {@code units} (as {@link #align} gives them; persist them first if they are
     * used again) to one TMX 1.4b file, in document order then bead order: the same file {@code build-tm}
     * writes for the same documents, header date aside. The executors render the units into part files in
     * {@code parts}; the driver streams them into {@code tmx}, which is replaced only once complete.
     *
     * @param units the unit table
     * @param parts a folder for the parts on any Hadoop file system (must not exist; removed afterwards)
     * @param tmx   the TMX file, on the driver's local file system
     * @throws dev.bitext.BitextException naming the file if writing fails; {@code tmx} is then left as it was
     */
    public void writeTmx(Dataset<Row> units, String parts, java.nio.file.Path tmx) {
        TmxParts.write(units, this.tmx, sourceLanguage, targetLanguage, parts, tmx);
    }

    /**
     * Of the units the filter keeps, those with the same texts as one before them (document order, then bead
     * order) become {@code DUPLICATE}, as in {@code build-tm}. Only the keys and places of the candidates are
     * grouped; the groups with more than one unit (small next to the units: Spark broadcasts them when they
     * fit) are joined back, so the units themselves are not shuffled for it.
     */
    private Dataset<Row> deduplicated(Dataset<Row> table) {
        if (!filter.deduplicate()) {
            return table;
        }
        Dataset<Row> groups = table.filter(col(UnitSchema.DUPLICATE_KEY).isNotNull())
                .groupBy(UnitSchema.DUPLICATE_KEY)
                .agg(count(lit(1)).as("n"), min(struct(UnitSchema.DOC_INDEX, UnitSchema.BEAD)).as("first"))
                .filter(col("n").gt(1))
                .select(col(UnitSchema.DUPLICATE_KEY).as("_group"), col("first." + UnitSchema.DOC_INDEX).as("_doc"),
                        col("first." + UnitSchema.BEAD).as("_bead"));
        Dataset<Row> joined = table.join(groups, table.col(UnitSchema.DUPLICATE_KEY).equalTo(groups.col("_group")),
                "left");
        Column later = col("_group").isNotNull().and(col(UnitSchema.DOC_INDEX).notEqual(col("_doc"))
                .or(col(UnitSchema.BEAD).notEqual(col("_bead"))));
        return joined.withColumn(UnitSchema.FILTER_REASON, when(later,
                lit(dev.bitext.tm.FilterReason.DUPLICATE.name())).otherwise(col(UnitSchema.FILTER_REASON)));
    }

    /** Collects a {@link SparkAligner}'s settings. Not thread-safe. */
    public static final class Builder {
        private AlignerOptions options = AlignerOptions.defaults();
        private TmFilter filter = TmFilter.defaults();
        private TmxSettings tmx = TmxSettings.defaults();
        private Language sourceLanguage;
        private Language targetLanguage;
        private boolean presegmented;
        private Charset charset;

        private Builder() {
        }

        /**
         * The aligner's options (default: {@link AlignerOptions#defaults()}).
         *
         * @param options the options, shipped to the executors
         * @return this builder
         */
        public Builder options(AlignerOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Which beads become units (default: {@link TmFilter#defaults()}).
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder filter(TmFilter filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /**
         * The TMX language tags and creation date (default: {@link TmxSettings#defaults()}; a missing date
         * becomes the time {@link #build()} is called, so that every part of a run agrees).
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder tmx(TmxSettings settings) {
            this.tmx = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * The source language, as {@code build-tm --source-lang}: the memory's source, and the language every
         * document's source text is taken in (a row's {@code source_lang} wins). Null (the default): the
         * other of the target language, else English, with each text's language detected.
         *
         * @param language the source language, or null
         * @return this builder
         */
        public Builder sourceLanguage(Language language) {
            this.sourceLanguage = language;
            return this;
        }

        /**
         * The target language, as {@code build-tm --target-lang} (see {@link #sourceLanguage}).
         *
         * @param language the target language, or null
         * @return this builder
         */
        public Builder targetLanguage(Language language) {
            this.targetLanguage = language;
            return this;
        }

        /**
         * Whether texts and files hold one sentence per line (default false: segmented).
         *
         * @param presegmented whether each line is a sentence
         * @return this builder
         */
        public Builder presegmented(boolean presegmented) {
            this.presegmented = presegmented;
            return this;
        }

        /**
         * The charset of input files without a byte order mark (default null: UTF-8, or GB18030 or Big5
         * when detected), as {@code build-tm --encoding}.
         *
         * @param charset the charset, or null to detect it
         * @return this builder
         */
        public Builder encoding(Charset charset) {
            this.charset = charset;
            return this;
        }

        /**
         * The aligner.
         *
         * @return the aligner
         * @throws IllegalArgumentException if the source and target language are the same
         */
        public SparkAligner build() {
            if (sourceLanguage != null && sourceLanguage == targetLanguage) {
                throw new IllegalArgumentException("source and target language are both " + sourceLanguage);
            }
            return new SparkAligner(this);
        }
    }
}
