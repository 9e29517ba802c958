package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.io.TmxSettings;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's JSON: what it escapes, which sentences it leaves to the rows, the header values and the hash. */
class EditorDataTest {
    private static Alignment alignment(String firstEnglish) {
        Document en = Document.ofLines(Language.ENGLISH, List.of(firstEnglish, "Two.", "Three."));
        Document zh = Document.ofLines(Language.CHINESE, List.of("一。", "二三。"));
        return new Alignment(en, zh, List.of(new Bead(List.of(0), List.of(0), 0.8765),
                new Bead(List.of(1, 2), List.of(1), 0.5)));
    }

    @Test
    void textThatCouldEndTheScriptOrBreakTheXmlIsEscaped() {
        StringBuilder json = new StringBuilder();
        EditorData.string(json, "a</script>]]>&\"\\\u0001\u2028\uD800é中");
        assertThat(json.toString()).isEqualTo(
                "\"a\\u003c/script\\u003e]]\\u003e\\u0026\\\"\\\\\\u0001\u2028\\ud800é中\"");
    }

    @Test
    void aSentenceAloneInItsCellIsLeftToTheRowUnlessTheCellWouldChangeIt() {
        String json = new EditorData(TmxSettings.defaults()).document("d", alignment("One."),
                Arrays.asList(null, FilterReason.DUPLICATE));
        assertThat(json).contains("\"src\":[1,\"Two.\",\"Three.\"]").contains("\"tgt\":[2]")
                .contains("\"shapes\":\"1-1 2-1\",\"conf\":[877,500]")
                .contains("\"srcTag\":\"en-US\",\"tgtTag\":\"zh-CN\"");
        String control = new EditorData(TmxSettings.defaults()).document("d", alignment("One\u0007."),
                Arrays.asList(null, null));
        assertThat(control).contains("\"src\":[\"One\\u0007.\",\"Two.\",\"Three.\"]");
    }

    @Test
    void beadsOutOfOrderKeepTheirIdsAndVerdicts() {
        Document en = Document.ofLines(Language.ENGLISH, List.of("One.", "Two.", "Three."));
        Document zh = Document.ofLines(Language.CHINESE, List.of("一。", "二。"));
        Alignment gaps = new Alignment(en, zh, List.of(new Bead(List.of(0, 2), List.of(0), 0.9),
                new Bead(List.of(1), List.of(1), 1.0)));
        assertThat(EditorData.consecutive(gaps.beads())).isFalse();
        String json = new EditorData(TmxSettings.defaults()).document("d", gaps,
                Arrays.asList(FilterReason.DUPLICATE, null));
        assertThat(json).contains("[[0,2],[0],\"0.900\",\"DUPLICATE\"]").contains("[[1],[1],\"1.000\",null]")
                .doesNotContain("shapes");
    }

    @Test
    void theMetaHasTheHeaderValuesAndAHashOfTheData() {
        EditorData a = new EditorData(new TmxSettings(null, "zh-TW", Instant.parse("2026-01-02T03:04:05Z")));
        a.document("d", alignment("One."), Arrays.asList(null, null));
        EditorData b = new EditorData(TmxSettings.defaults());
        b.document("d", alignment("Uno."), Arrays.asList(null, null));
        String metaA = a.meta();
        assertThat(metaA).contains("\"srclang\":\"en-US\"").contains("\"creationdate\":\"20260102T030405Z\"")
                .contains("\"toolVersion\":\"0.2.0\"");
        assertThat(b.meta()).contains("\"creationdate\":null");
        assertThat(metaA.substring(0, 76)).isNotEqualTo(b.meta().substring(0, 76));
    }
}
