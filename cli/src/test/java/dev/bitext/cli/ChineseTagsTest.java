package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The default Chinese TMX tag follows the script: zh-TW for Traditional, zh-CN for Simplified (issue 11, item 7). */
class ChineseTagsTest {
    /** Genesis 1:1-5, King James Version. */
    static final String EN = """
            In the beginning God created the heaven and the earth.
            And the earth was without form, and void; and darkness was upon the face of the deep. And the Spirit of God moved upon the face of the waters.
            And God said, Let there be light: and there was light.
            And God saw the light, that it was good: and God divided the light from the darkness.
            And God called the light Day, and the darkness he called Night. And the evening and the morning were the first day.
            """;
    /** The same verses in the Chinese Union Version, Traditional characters. */
    static final String HANT = """
            起初，神創造天地。
            地是空虛混沌，淵面黑暗；神的靈運行在水面上。
            神說：「要有光」，就有了光。
            神看光是好的，就把光暗分開了。
            神稱光為「晝」，稱暗為「夜」。有晚上，有早晨，這是頭一日。
            """;
    /** The same verses in the Chinese Union Version, Simplified characters. */
    static final String HANS = """
            起初，神创造天地。
            地是空虚混沌，渊面黑暗；神的灵运行在水面上。
            神说：“要有光”，就有了光。
            神看光是好的，就把光暗分开了。
            神称光为“昼”，称暗为“夜”。有晚上，有早晨，这是头一日。
            """;

    @TempDir
    Path dir;

    @Test
    void traditionalTextIsTaggedZhTwAndSimplifiedZhCn() throws Exception {
        Path en = Cli.write(dir, "en.txt", EN);
        Path hant = Cli.write(dir, "hant.txt", HANT);
        Path hans = Cli.write(dir, "hans.txt", HANS);
        assertThat(langs(align("t.tmx", "--presegmented", en.toString(), hant.toString())))
                .containsOnly("en-US", "zh-TW").contains("zh-TW");
        assertThat(langs(align("s.tmx", "--presegmented", en.toString(), hans.toString())))
                .containsOnly("en-US", "zh-CN").contains("zh-CN");
        Path source = align("zs.tmx", "--presegmented", hant.toString(), en.toString());
        assertThat(((Element) TmxDtd.validate(source).getElementsByTagName("header").item(0)).getAttribute("srclang"))
                .isEqualTo("zh-TW");
        assertThat(Files.readString(source)).doesNotContain("<tu srclang");
    }

    @Test
    void anExplicitTagStillWins() throws Exception {
        Path en = Cli.write(dir, "en.txt", EN);
        Path hant = Cli.write(dir, "hant.txt", HANT);
        Path hans = Cli.write(dir, "hans.txt", HANS);
        assertThat(langs(align("a.tmx", "--presegmented", "--target-tag", "zh-HK", en.toString(), hant.toString())))
                .containsOnly("en-US", "zh-HK");
        assertThat(langs(align("b.tmx", "--presegmented", "--target-tag", "zh-Hant", en.toString(), hans.toString())))
                .containsOnly("en-US", "zh-Hant");
    }

    @Test
    void buildTmTagsEachDocumentByItsScript() throws Exception {
        Cli.write(dir, "en.txt", EN);
        Cli.write(dir, "hant.txt", HANT);
        Cli.write(dir, "hans.txt", HANS);
        Path manifest = Cli.write(dir, "pairs.tsv", "hant.txt\ten.txt\nhans.txt\ten.txt\n");
        Path out = dir.resolve("out.tmx");
        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--presegmented", "--quiet", "--keep-duplicates",
                "--source-lang", "zh", "--pairs", manifest.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        org.w3c.dom.Document tmx = TmxDtd.validate(out);
        assertThat(((Element) tmx.getElementsByTagName("header").item(0)).getAttribute("srclang")).isEqualTo("zh-CN");
        NodeList units = tmx.getElementsByTagName("tu");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) {
            Element tu = (Element) units.item(i);
            String document = tu.getElementsByTagName("prop").item(2).getTextContent();
            String lang = ((Element) tu.getElementsByTagName("tuv").item(0)).getAttribute("xml:lang");
            seen.add(document.substring(document.lastIndexOf('/') + 1) + " " + lang + " " + tu.getAttribute("srclang"));
        }
        assertThat(seen).contains("hant.txt zh-TW zh-TW", "hans.txt zh-CN ")
                .allMatch(s -> s.equals("hant.txt zh-TW zh-TW") || s.equals("hans.txt zh-CN "));
    }

    private Path align(String name, String... args) {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("align", "-o", out.toString()));
        all.addAll(List.of(args));
        Cli.run(all.toArray(String[]::new)).succeeds();
        return out;
    }

    private static List<String> langs(Path tmx) throws Exception {
        NodeList tuvs = TmxDtd.validate(tmx).getElementsByTagName("tuv");
        List<String> langs = new ArrayList<>();
        for (int i = 0; i < tuvs.getLength(); i++) {
            langs.add(((Element) tuvs.item(i)).getAttribute("xml:lang"));
        }
        return langs;
    }
}
