package dev.bitext.spark;

import dev.bitext.BitextException;
import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Checks on the job's paths, on whatever Hadoop file system they name, before any work is done. Stateless. */
final class JobPaths {
    private JobPaths() {
    }

    /** Refuses an output folder that exists: Spark's output is never written over. */
    static void requireAbsent(SparkSession spark, String output) {
        if (exists(spark, output)) {
            throw new BitextException(output + ": already exists (the job does not replace an output folder; "
                    + "remove it or name another)");
        }
    }

    /** Refuses an input that does not exist. */
    static void requirePresent(SparkSession spark, String input) {
        if (!exists(spark, input)) {
            throw new BitextException(input + ": no such file or folder");
        }
    }

    private static boolean exists(SparkSession spark, String location) {
        Path path = new Path(location);
        try {
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
        } catch (IOException | IllegalArgumentException e) {
            throw new BitextException(location + ": cannot be checked (" + e.getMessage() + ")", e);
        }
    }

    /** {@return the file system of {@code location}} */
    static FileSystem fileSystem(SparkSession spark, String location) throws IOException {
        return new Path(location).getFileSystem(spark.sparkContext().hadoopConfiguration());
    }
}
