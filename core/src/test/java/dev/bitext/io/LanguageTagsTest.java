package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regional and script tags of issue 6 are accepted as languages and written to TMX as given. */
class LanguageTagsTest {
    private static final Pattern LANG = Pattern.compile("xml:lang=\"([^\"]+)\"");

    @ParameterizedTest
    @CsvSource({"en-US, zh-CN", "en-GB, zh-TW", "en-GB, zh-Hant", "zh-Hant, en-US", "zh-TW, en-GB"})
    void tagsParseAndReachTheTmx(String sourceTag, String targetTag) throws Exception {
        Language source = Language.fromTag(sourceTag);
        Language target = Language.fromTag(targetTag);
        assertThat(source.code()).isEqualTo(sourceTag.substring(0, 2));
        assertThat(target.code()).isEqualTo(targetTag.substring(0, 2));
        Alignment alignment = new Alignment(
                Document.ofLines(source, List.of(source == Language.ENGLISH ? "Hello." : "你們好。")),
                Document.ofLines(target, List.of(target == Language.ENGLISH ? "Hello." : "你們好。")),
                List.of(Bead.of(0, 1, 0, 1, 1.0)));
        StringWriter out = new StringWriter();
        try (TmxStream tmx = TmxStream.open(out, new TmxSettings(sourceTag, targetTag, Instant.EPOCH), source, target)) {
            tmx.add(alignment, "doc");
        }
        assertThat(out.toString()).contains("srclang=\"" + sourceTag + "\"");
        Matcher lang = LANG.matcher(out.toString());
        assertThat(lang.find()).isTrue();
        assertThat(lang.group(1)).isEqualTo(sourceTag);
        assertThat(lang.find()).isTrue();
        assertThat(lang.group(1)).isEqualTo(targetTag);
    }
}
