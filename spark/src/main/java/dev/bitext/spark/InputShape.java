package dev.bitext.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Which of the three input tables a dataset is, read off its columns: {@code source_text}/{@code target_text}
 * (two texts), {@code text} (one bilingual text) or {@code source_path}/{@code target_path} (two files read on
 * the executors); with {@code id}, and optionally {@code source_lang}, {@code target_lang} and
 * {@code doc_index}. Immutable.
 */
enum InputShape {
    TEXTS, BILINGUAL, FILES;

    /**
     * The shape of a table with this schema.
     *
     * @throws IllegalArgumentException naming the columns found and those expected
     */
    static InputShape of(StructType schema) {
        Set<String> columns = Set.of(schema.fieldNames());
        if (columns.contains("source_path") && columns.contains("target_path")) {
            return FILES;
        }
        if (!columns.contains("id")) {
            throw new IllegalArgumentException("the documents have no 'id' column; " + expected(schema));
        }
        if (columns.contains("source_text") && columns.contains("target_text")) {
            return TEXTS;
        }
        if (columns.contains("text")) {
            return BILINGUAL;
        }
        throw new IllegalArgumentException(expected(schema));
    }

    private static String expected(StructType schema) {
        return "expected columns id, source_text, target_text (or id, text; or source_path, target_path), found "
                + Arrays.toString(schema.fieldNames());
    }

    /** The function turning a row of this shape (and its place in the input) into a {@link DocumentRow}. */
    Function<scala.Tuple2<Row, Long>, DocumentRow> reader(StructType schema) {
        List<String> columns = List.of(schema.fieldNames());
        int id = columns.indexOf("id");
        int index = columns.indexOf("doc_index");
        int sourceLang = columns.indexOf("source_lang");
        int targetLang = columns.indexOf("target_lang");
        int a = columns.indexOf(this == FILES ? "source_path" : this == TEXTS ? "source_text" : "text");
        int b = columns.indexOf(this == FILES ? "target_path" : this == TEXTS ? "target_text" : "text");
        InputShape shape = this;
        return rowAt -> {
            Row r = rowAt._1();
            if (index >= 0 && r.isNullAt(index)) {
                throw new IllegalArgumentException("a document has no doc_index: " + r);
            }
            long at = index >= 0 ? ((Number) r.get(index)).longValue() : rowAt._2();
            String first = string(r, a);
            String name = id >= 0 && !r.isNullAt(id) ? String.valueOf(r.get(id))
                    : shape == FILES && first != null ? first : "document " + at;
            String s = string(r, sourceLang);
            String t = string(r, targetLang);
            return switch (shape) {
                case TEXTS -> new DocumentRow(at, name, first, string(r, b), null, null, null, s, t);
                case BILINGUAL -> new DocumentRow(at, name, null, null, first, null, null, s, t);
                case FILES -> new DocumentRow(at, name, null, null, null, first, string(r, b), s, t);
            };
        };
    }

    private static String string(Row r, int column) {
        return column < 0 || r.isNullAt(column) ? null : String.valueOf(r.get(column));
    }
}
