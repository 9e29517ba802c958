package dev.bitext.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.AlignerOptions;
import dev.bitext.Language;
import dev.bitext.anchor.Lexicon;
import dev.bitext.io.TmxSettings;
import dev.bitext.tm.CorpusPasses;
import dev.bitext.tm.TmFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Everything shipped to the executors survives Java serialization, so that a {@code Task not serializable}
 * fails here and not on a user's cluster (local mode serializes the tasks too; this names the culprit).
 */
class SerializationTest {
    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void theFunctionsAndWhatTheyHoldSerialize() throws Exception {
        AlignerOptions options = AlignerOptions.builder()
                .dictionary(Lexicon.of(Map.of("grey", List.of("灰色")))).build();
        CorpusPasses passes = CorpusPasses.of(options);
        DocumentLoader loader = new DocumentLoader(Language.ENGLISH, Language.CHINESE, null, Language.CHINESE,
                true, java.nio.charset.StandardCharsets.UTF_8);
        TmxTags tags = TmxTags.of(new TmxSettings("en-GB", null, Instant.EPOCH));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
        var learned = jsc.broadcast(passes.learned(List.of()));
        StructType texts = new StructType().add("id", DataTypes.StringType)
                .add("source_text", DataTypes.StringType).add("target_text", DataTypes.StringType);
        for (Object o : List.of(new FirstPassFunction(passes, loader),
                new SecondPass(passes, loader, TmFilter.builder().minConfidence(0.3).build(), tags, learned),
                InputShape.TEXTS.reader(texts), InputShape.FILES.reader(texts), loader, tags, options,
                new DocumentRow(1, "a", "b", "c", null, null, null, "en", "zh"))) {
            assertThat(roundTrip(o)).as(o.getClass().getName()).isNotNull();
        }
        CorpusPasses back = (CorpusPasses) roundTrip(passes);
        assertThat(back.options().dictionaries().get(0).size()).isEqualTo(1);
        DocumentLoader copy = (DocumentLoader) roundTrip(loader);
        assertThat(copy.load(new DocumentRow(0, "d", "Grey sky.\n", "灰色的天。\n", null, null, null, null, null))
                .target().sentences()).hasSize(1);
    }
}
