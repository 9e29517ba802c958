package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.io.AlignmentWriter;
import dev.bitext.io.OutputFormat;
import dev.bitext.io.TmxSettings;
import dev.bitext.io.TmxStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same input gives the same alignments and the same output text, run after run, on any thread count. */
class AlignerDeterminismTest {
    private static final Pattern CREATION_DATE = Pattern.compile("creationdate=\"\\d{8}T\\d{6}Z\"");
    private static final Aligner ALIGNER = Aligner.create();
    private static List<DocumentPair> pairs;
    private static List<Alignment> reference;

    @BeforeAll
    static void alignOnOneThread() throws Exception {
        pairs = SampleDocuments.of(0xDE7L, 2, 12);
        reference = alignAllIn(1);
    }

    @Test
    void alignAllGivesTheSameResultsOnOneAndFourThreadsAndTwiceInARow() throws Exception {
        assertThat(reference).hasSameSizeAs(pairs);
        assertThat(alignAllIn(4)).isEqualTo(reference);
        assertThat(alignAllIn(4)).isEqualTo(reference);
        assertThat(alignAllIn(1)).isEqualTo(reference);
    }

    @Test
    void alignAllGivesTheSameResultsInTheCommonPool() {
        assertThat(ALIGNER.alignAll(pairs)).isEqualTo(reference);
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void writtenOutputIsIdenticalApartFromTheTmxCreationDate(OutputFormat format) throws Exception {
        List<Alignment> again = alignAllIn(4);
        String first = withoutCreationDate(written(format, reference, TmxSettings.defaults()));
        String second = withoutCreationDate(written(format, again, new TmxSettings(null, null, Instant.EPOCH)));
        assertThat(second).isEqualTo(first);
        assertThat(first).isNotBlank();
    }

    @Test
    void aStreamedTmxIsIdenticalApartFromItsCreationDate() throws Exception {
        String first = streamedTmx(reference, TmxSettings.defaults());
        String second = streamedTmx(alignAllIn(4), new TmxSettings(null, null, Instant.EPOCH));
        assertThat(CREATION_DATE.matcher(first).results().count()).isEqualTo(1);
        assertThat(second).contains("creationdate=\"19700101T000000Z\"");
        assertThat(withoutCreationDate(second)).isEqualTo(withoutCreationDate(first)).contains("<tu>");
    }

    private static List<Alignment> alignAllIn(int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> ALIGNER.alignAll(pairs)).get();
        } finally {
            pool.shutdown();
        }
    }

    private static String written(OutputFormat format, List<Alignment> alignments, TmxSettings tmx) {
        StringWriter out = new StringWriter();
        AlignmentWriter writer = format == OutputFormat.TMX ? AlignmentWriter.tmx(tmx) : AlignmentWriter.of(format);
        alignments.forEach(a -> {
            try {
                writer.write(a, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out.toString();
    }

    private static String streamedTmx(List<Alignment> alignments, TmxSettings settings) throws IOException {
        StringWriter out = new StringWriter();
        try (TmxStream tmx = TmxStream.open(out, settings, Language.ENGLISH, Language.CHINESE)) {
            for (int k = 0; k < alignments.size(); k++) {
                tmx.add(alignments.get(k), "doc-" + k);
            }
        }
        return out.toString();
    }

    private static String withoutCreationDate(String text) {
        return CREATION_DATE.matcher(text).replaceAll("creationdate=\"\"");
    }
}
