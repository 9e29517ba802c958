package dev.bitext.spark;

import static org.apache.spark.sql.functions.col;

import dev.bitext.BitextException;
import dev.bitext.Language;
import dev.bitext.io.AtomicOutput;
import dev.bitext.io.TmxSettings;
import dev.bitext.io.TmxStream;
import dev.bitext.io.TmxUnit;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * One TMX file from a unit table: the executors render the kept units as TMX text, sorted by document and
 * bead, into part files (written by Spark, so a failed task leaves no half part); the driver then streams the
 * parts, in order, between the header and the end of one TMX 1.4b file, written atomically. The driver holds
 * a buffer, never the units. Stateless.
 */
final class TmxParts {
    private TmxParts() {
    }

    /**
     * Writes the kept units of {@code units} (rows with a null {@code filter_reason} and a bead) to {@code tmx}.
     *
     * @param units    the unit table, as {@link SparkAligner#align} gives it
     * @param settings the TMX settings
     * @param source   the memory's source language
     * @param target   the memory's target language
     * @param parts    a folder (any Hadoop file system) for the parts; must not exist; removed afterwards
     * @param tmx      the TMX file, on the driver's file system
     * @throws BitextException naming the file if writing fails; {@code tmx} is then left as it was
     */
    static void write(Dataset<Row> units, TmxSettings settings, Language source, Language target, String parts,
                      java.nio.file.Path tmx) {
        writeSorted(sorted(units), settings, source, target, parts, tmx);
    }

    /** The units range-partitioned and sorted by document and bead: partition k precedes partition k + 1. */
    static Dataset<Row> sorted(Dataset<Row> units) {
        int partitions = Math.max(1, units.rdd().getNumPartitions());
        return units.repartitionByRange(partitions, col(UnitSchema.DOC_INDEX), col(UnitSchema.BEAD))
                .sortWithinPartitions(UnitSchema.DOC_INDEX, UnitSchema.BEAD);
    }

    /** As {@link #write}, for units already {@link #sorted}. */
    static void writeSorted(Dataset<Row> units, TmxSettings settings, Language source, Language target, String parts,
                            java.nio.file.Path tmx) {
        TmxTags tags = TmxTags.of(settings);
        units.filter(col(UnitSchema.FILTER_REASON).isNull().and(col(UnitSchema.BEAD).isNotNull()))
                .map((MapFunction<Row, String>) r -> TmxStream.unitXml(unit(r), tags.settings(), source), Encoders.STRING())
                .write().text(parts);
        Configuration conf = units.sparkSession().sparkContext().hadoopConfiguration();
        Path folder = new Path(parts);
        try {
            FileSystem fs = folder.getFileSystem(conf);
            try {
                FileStatus[] files = fs.listStatus(folder, p -> p.getName().startsWith("part-"));
                Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
                AtomicOutput.write(tmx, out -> {
                    try (TmxStream stream = TmxStream.open(out, settings, source, target)) {
                        for (FileStatus f : files) {
                            try (Reader in = new InputStreamReader(fs.open(f.getPath()), StandardCharsets.UTF_8)) {
                                stream.addFragment(in, 0);
                            }
                        }
                    }
                });
            } finally {
                fs.delete(folder, true);
            }
        } catch (IOException e) {
            throw new BitextException(parts + ": cannot read the TMX parts (" + e.getMessage() + ")", e);
        }
    }

    private static TmxUnit unit(Row r) {
        return new TmxUnit(r.getAs(UnitSchema.ID), r.getAs(UnitSchema.BEAD_TYPE), r.<Double>getAs(UnitSchema.CONFIDENCE),
                r.getAs(UnitSchema.SOURCE_TAG), r.getAs(UnitSchema.SOURCE), r.getAs(UnitSchema.TARGET_TAG),
                r.getAs(UnitSchema.TARGET));
    }
}
