package dev.bitext.spark;

import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dev.bitext.BitextException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The job's documents, read in one of its input formats with their order kept. Stateless. */
final class JobInput {
    private static final StructType PAIRS = new StructType()
            .add("doc_index", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("source_path", DataTypes.StringType, false)
            .add("target_path", DataTypes.StringType, false);

    private JobInput() {
    }

    /**
     * The documents of {@code input}: a manifest's pairs (read on the driver: only paths, the executors read
     * the files), or a Parquet or JSON-lines table read by Spark. The order of the input is kept in
     * {@code doc_index} (added when missing) before any repartitioning.
     */
    static Dataset<Row> read(SparkSession spark, String input, BuildTmJob.Format format, Integer partitions,
                             Charset charset) {
        Dataset<Row> documents = switch (format) {
            case PAIRS_TSV -> pairs(spark, input, partitions, charset);
            case PARQUET -> spark.read().parquet(input);
            case JSONL -> spark.read().json(input);
        };
        if (format != BuildTmJob.Format.PAIRS_TSV) {
            check(input, documents.schema());
            if (!Arrays.asList(documents.schema().fieldNames()).contains("doc_index")) {
                documents = documents.withColumn("doc_index", monotonically_increasing_id());
            }
            if (partitions != null) {
                documents = documents.repartition(partitions);
            }
        }
        return documents;
    }

    private static void check(String input, StructType schema) {
        try {
            InputShape.of(schema);
        } catch (IllegalArgumentException e) {
            throw new BitextException(input + ": " + e.getMessage());
        }
    }

    private static Dataset<Row> pairs(SparkSession spark, String manifest, Integer partitions, Charset charset) {
        List<Path[]> entries = dev.bitext.cli.Sources.manifest(Path.of(manifest), charset);
        if (entries.isEmpty()) {
            throw new BitextException(manifest + ": no pairs listed, nothing to align");
        }
        List<Row> rows = new ArrayList<>(entries.size());
        for (int k = 0; k < entries.size(); k++) {
            Path[] e = entries.get(k);
            rows.add(RowFactory.create((long) k, e[0].toString(), e[0].toString(), e[1].toString()));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // a task per document up to 8 per core: documents differ in size by orders of magnitude, and small
        // tasks let Spark spread them over the cores as they finish
        int slices = partitions != null ? partitions : 8 * jsc.defaultParallelism();
        return spark.createDataFrame(jsc.parallelize(rows, Math.min(slices, rows.size())), PAIRS);
    }
}
