package dev.bitext.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Language;
import dev.bitext.cli.Sources;
import dev.bitext.io.TmxSettings;
import dev.bitext.tm.FilterReason;
import dev.bitext.tm.TmFilter;
import dev.bitext.tm.TmSource;
import dev.bitext.tm.TranslationMemoryBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API on texts given as table columns, against {@link TranslationMemoryBuilder} on the same texts. */
class SparkAlignerTest {
    private static final Path ROOT = Path.of(System.getProperty("bitext.root", ".."));
    private static final TmxSettings FIXED = new TmxSettings(null, null, Instant.parse("2026-01-02T03:04:05Z"));
    private static final StructType TEXTS = new StructType()
            .add("id", DataTypes.StringType).add("source_text", DataTypes.StringType)
            .add("target_text", DataTypes.StringType);

    private static SparkSession spark;
    /** id, English text, Chinese text (one sentence per line); the last two cannot be aligned. */
    private static final List<String[]> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void setUp() throws IOException {
        spark = LocalSpark.session();
        for (String seed : List.of("000", "002")) {
            DOCUMENTS.add(new String[] {"seed-" + seed, Files.readString(ROOT.resolve("seeds/" + seed + ".en.txt")),
                Files.readString(ROOT.resolve("seeds/" + seed + ".zh.txt"))});
        }
        // the same document again: every unit a duplicate of the first copy's
        DOCUMENTS.add(new String[] {"seed-000-again", DOCUMENTS.get(0)[1], DOCUMENTS.get(0)[2]});
        DOCUMENTS.add(new String[] {"english-only", "One line.\nTwo lines.\n", "Still English.\nYes.\n"});
        DOCUMENTS.add(new String[] {"empty", "", "空的。\n"});
    }

    private static Dataset<Row> table(int partitions) {
        List<Row> rows = DOCUMENTS.stream().map(d -> RowFactory.create(d[0], d[1], d[2])).toList();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return spark.createDataFrame(jsc.parallelize(rows, partitions), TEXTS);
    }

    private static SparkAligner aligner() {
        return SparkAligner.builder().presegmented(true).targetLanguage(Language.CHINESE).tmx(FIXED).build();
    }

    private static List<String> sorted(Dataset<Row> units) {
        return units.collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** What build-tm finds for the documents it can align: each document's alignment, and its beads' verdicts. */
    private static Map<String, Alignment> expected(List<FilterReason> verdicts, StringWriter tmx) throws IOException {
        Map<String, Alignment> out = new LinkedHashMap<>();
        List<TmSource> sources = new ArrayList<>();
        for (String[] d : DOCUMENTS) {
            sources.add(new TmSource() {
                @Override
                public String name() {
                    return d[0];
                }

                @Override
                public dev.bitext.DocumentPair load() {
                    return Sources.texts(d[0] + " (source_text)", d[1], null, d[0] + " (target_text)", d[2],
                            Language.CHINESE, true);
                }
            });
        }
        TranslationMemoryBuilder.builder().tmx(FIXED).threads(2).listener(new TranslationMemoryBuilder.Listener() {
            @Override
            public void aligned(String name, Alignment alignment) {
                out.put(name, alignment);
            }
        }).build().build(sources, tmx, null);
        TmFilter.Session session = TmFilter.defaults().session();
        for (Alignment a : out.values()) {
            for (Bead b : a.beads()) {
                verdicts.add(session.judge(b, a.sourceText(b), a.targetText(b)));
            }
        }
        return out;
    }

    @Test
    void unitsAreBuildTmsBeadForBeadAndFailuresCarryTheirReason(@TempDir Path dir) throws IOException {
        List<FilterReason> verdicts = new ArrayList<>();
        StringWriter tmx = new StringWriter();
        Map<String, Alignment> expected = expected(verdicts, tmx);
        SparkAligner aligner = aligner();
        Dataset<Row> units = aligner.align(table(3)).cache();

        List<Row> rows = units.orderBy("doc_index", "bead").collectAsList();
        List<Row> beads = rows.stream().filter(r -> !r.isNullAt(r.fieldIndex("bead"))).toList();
        List<Bead> expectedBeads = expected.values().stream().flatMap(a -> a.beads().stream()).toList();
        assertThat(beads).hasSameSizeAs(expectedBeads);
        for (int k = 0; k < beads.size(); k++) {
            Row r = beads.get(k);
            Bead b = expectedBeads.get(k);
            assertThat(r.<Double>getAs("confidence")).isEqualTo(b.confidence());
            assertThat(r.getList(r.fieldIndex("source_indices"))).isEqualTo(b.source());
            assertThat(r.getList(r.fieldIndex("target_indices"))).isEqualTo(b.target());
            assertThat(r.<String>getAs("bead_type")).isEqualTo(b.type());
            FilterReason v = verdicts.get(k);
            assertThat(r.<String>getAs("filter_reason")).isEqualTo(v == null ? null : v.name());
        }
        assertThat(verdicts).contains(FilterReason.DUPLICATE, FilterReason.UNPAIRED);

        Map<String, String> errors = new LinkedHashMap<>();
        rows.stream().filter(r -> r.getAs("error") != null)
                .forEach(r -> errors.put(r.getAs("id"), r.getAs("error") + " / " + r.getAs("filter_reason")));
        assertThat(errors).containsOnlyKeys("english-only", "empty");
        assertThat(errors.get("english-only")).contains("english-only (target_text)", "no Chinese")
                .endsWith("SKIPPED_DOCUMENT");
        assertThat(errors.get("empty")).contains("empty (source_text): empty text");

        Path file = dir.resolve("units.tmx");
        aligner.writeTmx(units, dir.resolve("parts").toString(), file);
        assertThat(Files.readString(file)).isEqualTo(tmx.toString());
        assertThat(dir.resolve("parts")).doesNotExist();
    }

    @Test
    void partitioningChangesNothingEvenWithEmptyPartitions() {
        SparkAligner aligner = aligner();
        List<String> one = sorted(aligner.align(table(1)));
        assertThat(sorted(aligner.align(table(4)))).isEqualTo(one);
        assertThat(sorted(aligner.align(table(9)))).isEqualTo(one); // more partitions than documents
    }

    @Test
    void aBilingualTextIsSplitByScript() throws IOException {
        Path file = ROOT.resolve("seeds/000_2e109bbd2453c7cb.txt");
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
        Dataset<Row> docs = spark.createDataFrame(List.of(RowFactory.create("seed", Files.readString(file))), schema);
        List<Row> units = SparkAligner.builder().build().align(docs).orderBy("bead").collectAsList();
        StringWriter tmx = new StringWriter();
        List<Alignment> expected = new ArrayList<>();
        TranslationMemoryBuilder.builder().listener(new TranslationMemoryBuilder.Listener() {
            @Override
            public void aligned(String name, Alignment alignment) {
                expected.add(alignment);
            }
        }).build().build(List.of(TmSource.of("seed", Sources.bilingual("seed", Files.readString(file)))), tmx, null);
        assertThat(units).hasSize(expected.get(0).beads().size());
        assertThat(units.stream().map(r -> r.<Double>getAs("confidence")).toList())
                .isEqualTo(expected.get(0).beads().stream().map(Bead::confidence).toList());
    }

    @Test
    void aTableOfOtherColumnsIsRefusedNamingThem() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("english", DataTypes.StringType);
        Dataset<Row> docs = spark.createDataFrame(List.of(RowFactory.create("a", "b")), schema);
        assertThatThrownBy(() -> aligner().align(docs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected columns id, source_text, target_text").hasMessageContaining("english");
    }

    @Test
    void withDeduplicationOffNoUnitIsADuplicate() {
        SparkAligner off = SparkAligner.builder().presegmented(true).targetLanguage(Language.CHINESE)
                .options(dev.bitext.AlignerOptions.builder().learnLexicon(false).build())
                .filter(TmFilter.builder().deduplicate(false).build()).build();
        List<Row> rows = off.align(table(2)).filter("bead is not null").orderBy("doc_index", "bead").collectAsList();
        assertThat(rows).noneMatch(r -> "DUPLICATE".equals(r.getAs("filter_reason")));
        assertThat(rows.stream().map(r -> r.<String>getAs("id")).distinct().toList())
                .containsExactly("seed-000", "seed-002", "seed-000-again");
    }
}
