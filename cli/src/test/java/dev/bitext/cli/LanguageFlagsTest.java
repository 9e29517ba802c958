package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language flags that contradict the text, and the languages bitext does not align (Japanese, Korean), in
 * {@code align} (two files and bilingual) and {@code build-tm} (issue 11, items 5 and 8).
 */
class LanguageFlagsTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final String EN_A = "The rain stopped in the evening. We walked home together.\nIt was late.\n";
    private static final String EN_B = "The shop was closed. Nobody was in the street.\nWe went to bed.\n";
    private static final String ZH = "雨在傍晚停了。我们一起走回家。\n天已经晚了。\n";
    /** Japanese prose (Natsume Sōseki, "I Am a Cat"). */
    private static final String JA = "吾輩は猫である。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。\n";
    /** Korean (the first article of the constitution of the Republic of Korea). */
    private static final String KO = "대한민국은 민주공화국이다.\n대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Cli.write(dir, name, text);
    }

    @Test
    void chineseFlagOnAnEnglishFileIsRefused() throws IOException {
        Path en1 = file("en1.txt", EN_A);
        Path en2 = file("en2.txt", EN_B);
        assertThat(Cli.run("align", "--source-lang", "en", "--target-lang", "zh", en1.toString(), en2.toString())
                .failsWithOneLine(1).err())
                .isEqualTo("bitext: " + en2 + ": --target-lang zh, but the text has no Chinese (it looks English)\n");
    }

    @Test
    void flagsTheWrongWayRoundAreRefusedNamingTheFile() throws IOException {
        Path en = file("en.txt", EN_A);
        Path zh = file("zh.txt", ZH);
        assertThat(Cli.run("align", "--source-lang", "zh", "--target-lang", "en", en.toString(), zh.toString())
                .failsWithOneLine(1).err())
                .isEqualTo("bitext: " + en + ": --source-lang zh, but the text has no Chinese (it looks English)\n");
    }

    @Test
    void oneFlagIsCheckedOnItsSideAndTheOtherSideIsDetected() throws IOException {
        Path en = file("en.txt", EN_A);
        Path zh = file("zh.txt", ZH);
        // Today "both English": the flag is about zh.txt, which is Chinese.
        assertThat(Cli.run("align", "--target-lang", "en", en.toString(), zh.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + zh + ": --target-lang en, but the text has no English (it looks Chinese)\n");
        Cli.Result right = Cli.run("align", "--target-lang", "en", "--format", "tsv", zh.toString(), en.toString())
                .succeeds();
        assertThat(right.out()).startsWith("雨在傍晚停了。");
        Path en2 = file("en2.txt", EN_B);
        assertThat(Cli.run("align", "--source-lang", "en", en.toString(), en2.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + en2 + ": the text is English, like " + en + " (--source-lang en); bitext "
                        + "aligns English with Chinese (give --source-lang and --target-lang to align them anyway)\n");
    }

    @Test
    void englishQuotingChineseNamesAndChineseFullOfLatinNamesPass() throws IOException {
        Path en = file("en.txt", "Chen Qingyang (陈清扬) pulled me back and asked me to stay in the name of our "
                + "great friendship.\nShe said Wang Er (王二) had lied to her about everything in the village.\n");
        Path zh = file("zh.txt", "陈清扬用 iPhone 15 Pro Max 和 MacBook Air 给 Wang Er 发了消息。\n"
                + "她说 Apple Music 和 Spotify 都不好用。\n");
        Cli.Result r = Cli.run("align", "--source-lang", "en", "--target-lang", "zh", "--format", "tsv",
                en.toString(), zh.toString()).succeeds();
        assertThat(r.out()).contains("陈清扬用 iPhone");
    }

    @Test
    void bothFlagsOnTwoFilesOfOneLanguageStillAlignThem() throws IOException {
        Path en1 = file("en1.txt", EN_A);
        Path en2 = file("en2.txt", EN_B);
        Cli.run("align", "--source-lang", "en", "--target-lang", "en", "--format", "tsv", en1.toString(), en2.toString())
                .succeeds();
    }

    @Test
    void japaneseIsRefusedNamingTheFileAndTheScript() throws IOException {
        Path en = file("en.txt", EN_A);
        Path ja = file("ja.txt", JA);
        assertThat(Cli.run("align", en.toString(), ja.toString()).failsWithOneLine(1).err()).isEqualTo("bitext: " + ja
                + ": Japanese text (kana) is not supported; bitext aligns English and Chinese\n");
        assertThat(Cli.run("align", "--target-lang", "zh", en.toString(), ja.toString()).failsWithOneLine(1).err())
                .contains("Japanese text (kana) is not supported");
    }

    @Test
    void koreanIsRefusedNamingTheFileAndTheScript() throws IOException {
        Path ko = file("ko.txt", KO);
        Path zh = file("zh.txt", ZH);
        assertThat(Cli.run("align", ko.toString(), zh.toString()).failsWithOneLine(1).err()).isEqualTo("bitext: " + ko
                + ": Korean text (Hangul) is not supported; bitext aligns English and Chinese\n");
    }

    @Test
    void aBilingualFileWithJapaneseOrKoreanIsRefused() throws IOException {
        Path ja = file("en-ja.txt", EN_A + JA);
        assertThat(Cli.run("align", ja.toString()).failsWithOneLine(1).err()).isEqualTo("bitext: " + ja
                + ": Japanese text (kana) is not supported; bitext aligns English and Chinese\n");
        Path ko = file("en-ko.txt", EN_A + KO);
        assertThat(Cli.run("align", ko.toString()).failsWithOneLine(1).err()).isEqualTo("bitext: " + ko
                + ": Korean text (Hangul) is not supported; bitext aligns English and Chinese\n");
    }

    @Test
    void aStrayKanaInChineseOrAKoreanWordInEnglishStillAligns() throws IOException {
        Path zh = file("zh.txt", "她在“ラーメン”店门口等了很久。我们一起走回家。\n天已经晚了，路上没有人。\n");
        Path en = file("en.txt", "She waited a long time outside the ramen shop. We walked home together.\n"
                + "It was late and there was nobody on the road; she said \"kamsahamnida\" (감사합니다).\n");
        Cli.run("align", "--format", "tsv", en.toString(), zh.toString()).succeeds();
        Path bilingual = SEEDS.resolve("002_d7e8be9bf3798988.txt");
        Path withKana = file("bilingual.txt", Files.readString(bilingual) + "\nポ\n");
        Cli.run("align", "--format", "tsv", withKana.toString()).succeeds();
    }

    @Test
    void buildTmSkipsSuchDocumentsWithAWarningAndGoesOn() throws IOException {
        file("en.txt", EN_A);
        file("en2.txt", EN_B);
        file("zh.txt", ZH);
        file("ja.txt", JA);
        Path manifest = file("pairs.tsv", "en.txt\tzh.txt\nen.txt\ten2.txt\nen.txt\tja.txt\n");
        Path out = dir.resolve("out.tmx");
        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--source-lang", "en", "--target-lang", "zh",
                "--pairs", manifest.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("bitext: warning: " + dir.resolve("en.txt") + ": " + dir.resolve("en2.txt")
                        + ": --target-lang zh, but the text has no Chinese (it looks English)\n")
                .contains("bitext: warning: " + dir.resolve("en.txt") + ": " + dir.resolve("ja.txt")
                        + ": Japanese text (kana) is not supported; bitext aligns English and Chinese\n")
                .contains("documents: 1 aligned, 2 skipped");
        assertThat(Files.readString(out)).contains("雨在傍晚停了。").doesNotContain("The shop was closed");
    }
}
