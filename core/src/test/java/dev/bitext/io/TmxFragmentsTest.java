package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Language;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units rendered one by one (as engines that hold units as rows do) make the same file as whole alignments. */
class TmxFragmentsTest {
    private static final Instant WHEN = Instant.parse("2024-05-06T07:08:09Z");

    private static List<TmxUnit> units(Alignment a, String document, TmxSettings settings) {
        List<TmxUnit> out = new ArrayList<>();
        for (Bead b : a.beads()) {
            if (!b.source().isEmpty() && !b.target().isEmpty()) {
                out.add(new TmxUnit(document, b.type(), b.confidence(), settings.sourceTagFor(a.source()),
                        a.sourceText(b), settings.targetTagFor(a.target()), a.targetText(b)));
            }
        }
        return out;
    }

    private static String whole(TmxSettings settings, Alignment... alignments) throws Exception {
        StringWriter out = new StringWriter();
        try (TmxStream tmx = TmxStream.open(out, settings, Language.ENGLISH, Language.CHINESE)) {
            for (Alignment a : alignments) {
                tmx.add(a, "doc & <1>");
            }
        }
        return out.toString();
    }

    private static String fragments(TmxSettings settings, Alignment... alignments) throws Exception {
        StringWriter out = new StringWriter();
        long expected = 0;
        try (TmxStream tmx = TmxStream.open(out, settings, Language.ENGLISH, Language.CHINESE)) {
            tmx.addFragment(new StringReader(""), 0);
            for (Alignment a : alignments) {
                StringBuilder fragment = new StringBuilder();
                List<TmxUnit> units = units(a, "doc & <1>", settings);
                for (TmxUnit u : units) {
                    fragment.append(TmxStream.unitXml(u, settings, Language.ENGLISH)).append('\n');
                }
                tmx.addFragment(new StringReader(fragment.toString()), units.size());
                expected += units.size();
            }
            assertThat(tmx.unitsWritten()).isEqualTo(expected);
        }
        return out.toString();
    }

    private static String oneByOne(TmxSettings settings, Alignment... alignments) throws Exception {
        StringWriter out = new StringWriter();
        try (TmxStream tmx = TmxStream.open(out, settings, Language.ENGLISH, Language.CHINESE)) {
            for (Alignment a : alignments) {
                for (TmxUnit u : units(a, "doc & <1>", settings)) {
                    tmx.add(u);
                }
            }
        }
        return out.toString();
    }

    @Test
    void fragmentsAndSingleUnitsWriteTheSameBytes() throws Exception {
        Alignment a = Fixtures.englishChinese();
        for (TmxSettings s : List.of(new TmxSettings(null, null, WHEN), new TmxSettings("en-GB", "zh-TW", WHEN))) {
            String expected = whole(s, a, a);
            assertThat(fragments(s, a, a)).isEqualTo(expected);
            assertThat(oneByOne(s, a, a)).isEqualTo(expected);
            TmxValidator.parse(fragments(s, a, a));
        }
    }

    @Test
    void noUnitsAtAllIsTheEmptyFile() throws Exception {
        TmxSettings s = new TmxSettings(null, null, WHEN);
        assertThat(fragments(s)).isEqualTo(whole(s));
    }

    @Test
    void aUnitWhoseSourceTagDiffersFromTheHeaderCarriesItsOwn() {
        TmxUnit u = new TmxUnit(null, "1-1", 0.5, "zh-TW", "他說。", "en-US", "He said.");
        String xml = TmxStream.unitXml(u, new TmxSettings(null, null, WHEN), Language.CHINESE);
        assertThat(xml).startsWith("    <tu srclang=\"zh-TW\">").endsWith("</tu>").doesNotContain("x-document");
    }
}
