package dev.bitext.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the unit table {@link SparkAligner#align} returns, one row per bead (and one per document that
 * could not be aligned). Stateless.
 */
final class UnitSchema {
    static final String ID = "id";
    static final String DOC_INDEX = "doc_index";
    static final String BEAD = "bead";
    static final String SOURCE_INDICES = "source_indices";
    static final String TARGET_INDICES = "target_indices";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String CONFIDENCE = "confidence";
    static final String BEAD_TYPE = "bead_type";
    static final String FILTER_REASON = "filter_reason";
    static final String ERROR = "error";
    static final String SOURCE_TAG = "source_tag";
    static final String TARGET_TAG = "target_tag";
    /** Working column: the key duplicates share, for beads the filter keeps before deduplication. */
    static final String DUPLICATE_KEY = "_duplicate_key";

    /** The filter reason of a row standing for a document that could not be aligned. */
    static final String SKIPPED_DOCUMENT = "SKIPPED_DOCUMENT";

    /** The columns of the result, in order. */
    static final StructType UNITS = new StructType()
            .add(ID, DataTypes.StringType, false)
            .add(DOC_INDEX, DataTypes.LongType, false)
            .add(BEAD, DataTypes.IntegerType, true)
            .add(SOURCE_INDICES, DataTypes.createArrayType(DataTypes.IntegerType, false), true)
            .add(TARGET_INDICES, DataTypes.createArrayType(DataTypes.IntegerType, false), true)
            .add(SOURCE, DataTypes.StringType, true)
            .add(TARGET, DataTypes.StringType, true)
            .add(CONFIDENCE, DataTypes.DoubleType, true)
            .add(BEAD_TYPE, DataTypes.StringType, true)
            .add(FILTER_REASON, DataTypes.StringType, true)
            .add(ERROR, DataTypes.StringType, true)
            .add(SOURCE_TAG, DataTypes.StringType, true)
            .add(TARGET_TAG, DataTypes.StringType, true);

    /** The result's columns and the working one, as the second pass makes the rows. */
    static final StructType WORKING = UNITS.add(DUPLICATE_KEY, DataTypes.LongType, true);

    private UnitSchema() {
    }
}
