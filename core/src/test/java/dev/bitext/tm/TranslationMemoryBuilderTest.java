package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bitext.BitextException;
import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.io.TmxSettings;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TranslationMemoryBuilderTest {
    private static final TmxSettings FIXED = new TmxSettings("en-GB", "zh-TW", Instant.parse("2026-01-02T03:04:05Z"));

    /** The six MAC-Dev chapters (Chinese source files, English translations), or an assumption failure. */
    private static List<TmSource> macDev() throws IOException {
        Path dev = Path.of(System.getProperty("bitext.shared", "../shared")).resolve("data/mac-dev");
        assumeTrue(Files.isDirectory(dev.resolve("zh")), "MAC-Dev not present at " + dev);
        List<TmSource> out = new ArrayList<>();
        try (var files = Files.list(dev.resolve("zh"))) {
            for (Path zh : files.sorted().toList()) {
                Document z = Document.ofLines(Language.CHINESE, Files.readAllLines(zh));
                Document e = Document.ofLines(Language.ENGLISH,
                        Files.readAllLines(dev.resolve("en").resolve(zh.getFileName().toString())));
                out.add(TmSource.of("mac-dev/" + zh.getFileName(), new DocumentPair(z, e))); // reversed on purpose
            }
        }
        return out;
    }

    private static TmSource failing(String name) {
        return new NamedSource(name, () -> {
            throw new BitextException(name + ": no Chinese text found");
        });
    }

    private static String tmx(TranslationMemoryBuilder tm, List<TmSource> sources) throws IOException {
        StringWriter out = new StringWriter();
        tm.build(sources, out, null);
        return out.toString();
    }

    private static int units(String tmx) {
        Matcher m = Pattern.compile("<tu>").matcher(tmx);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void sameTmxOnOneAndOnThreeThreadsAndFewerUnitsAtHigherConfidence() throws IOException {
        List<TmSource> sources = macDev();
        String one = tmx(TranslationMemoryBuilder.builder().tmx(FIXED).threads(1).build(), sources);
        String three = tmx(TranslationMemoryBuilder.builder().tmx(FIXED).threads(3).build(), sources);
        assertThat(three).isEqualTo(one);
        String strict = tmx(TranslationMemoryBuilder.builder().tmx(FIXED).threads(2)
                .filter(TmFilter.builder().minConfidence(0.9).build()).build(), sources);
        assertThat(units(one)).isGreaterThan(1000);
        assertThat(units(strict)).isLessThan(units(one)).isGreaterThan(units(one) / 2);
        // every unit names its document; the Chinese-first pairs were turned round to English -> Chinese
        assertThat(one.split("<prop type=\"x-document\">mac-dev/", -1)).hasSize(units(one) + 1);
        assertThat(one).contains("srclang=\"en-GB\"").contains("xml:lang=\"zh-TW\"");
    }

    @Test
    void skipsWhatCannotBeLoadedAndReportsIt() throws IOException {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        List<Integer> passes = Collections.synchronizedList(new ArrayList<>());
        TranslationMemoryBuilder tm = TranslationMemoryBuilder.builder().tmx(FIXED).listener(
                new TranslationMemoryBuilder.Listener() {
                    @Override
                    public void skipped(String name, String reason) {
                        heard.add(name + " | " + reason);
                    }

                    @Override
                    public void documentDone(int pass, String name, int sentences) {
                        passes.add(pass);
                    }
                }).build();
        Document en = Document.ofLines(Language.ENGLISH, List.of("Zhang Wei left Beijing in 1998.", "He came back."));
        Document zh = Document.ofLines(Language.CHINESE, List.of("张伟1998年离开了北京。", "他回来了。"));
        List<TmSource> sources = List.of(failing("a.txt"), TmSource.of("b.txt", new DocumentPair(en, zh)),
                TmSource.of("c.txt", new DocumentPair(en, en)));
        StringWriter out = new StringWriter();
        TmSummary summary = tm.build(sources, out, null);
        assertThat(summary.documentsAligned()).isEqualTo(1);
        assertThat(summary.skipped()).hasSize(2);
        assertThat(summary.skipped().get(0)).startsWith("a.txt: a.txt: no Chinese text found");
        assertThat(summary.skipped().get(1)).startsWith("c.txt: ").contains("ENGLISH to ENGLISH");
        assertThat(heard).hasSize(2); // in input order
        assertThat(heard.get(0)).startsWith("a.txt | ");
        assertThat(heard.get(1)).startsWith("c.txt | ");
        assertThat(passes).containsExactly(1, 2);
        assertThat(summary.unitsWritten()).isEqualTo(2).isEqualTo(units(out.toString()));
        assertThat(summary.sourceSentences()).isEqualTo(2);
        assertThat(summary.removed().values()).allMatch(v -> v == 0);
    }

    @Test
    void filteredBeadsAreCountedAndTheReportSeesEveryDocument() throws IOException {
        Document en = Document.ofLines(Language.ENGLISH, List.of("Zhang Wei left Beijing in 1998.", "2024",
                "He came back.", "Zhang Wei left Beijing in 1998."));
        Document zh = Document.ofLines(Language.CHINESE, List.of("张伟1998年离开了北京。", "2024", "他回来了。",
                "张伟1998年离开了北京。"));
        StringWriter tmx = new StringWriter();
        StringWriter html = new StringWriter();
        TmSummary summary;
        try (ReviewReport report = ReviewReport.open(html, "test")) {
            summary = TranslationMemoryBuilder.builder().tmx(FIXED).build()
                    .build(List.of(TmSource.of("doc-1", new DocumentPair(en, zh))), tmx, report);
        }
        assertThat(summary.unitsWritten()).isEqualTo(2);
        long removed = summary.removed().values().stream().mapToLong(Long::longValue).sum();
        assertThat(removed).isEqualTo(2); // the number-only pair and the repeated pair
        assertThat(summary.removed().get(FilterReason.DUPLICATE)).isEqualTo(1);
        assertThat(html.toString()).contains("doc-1");
    }
}
