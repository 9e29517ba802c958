package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --presegmented} ends lines where {@code segment} does (NEL, U+2028, U+2029 too), and a single
 * sentence against many is warned about (issue 11, item 6).
 */
class LineEndsTest {
    private static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"\u0085", "\u2028", "\u2029", "\r\n", "\r"})
    void presegmentedLinesEndWhereSegmentEndsThem(String lineEnd) throws IOException {
        Path en = SEEDS.resolve("002.en.txt");
        Path zh = SEEDS.resolve("002.zh.txt");
        List<String> lines = Files.readAllLines(en);
        Path other = Cli.write(dir, "en.txt", String.join(lineEnd, lines) + lineEnd);
        String expected = Cli.run("align", "--presegmented", "--format", "ladder", en.toString(), zh.toString())
                .succeeds().out();
        assertThat(Cli.run("align", "--presegmented", "--format", "ladder", other.toString(), zh.toString())
                .succeeds().out()).isEqualTo(expected);
        assertThat(expected.lines().filter(l -> !l.endsWith(":[]")).count()).isGreaterThan(20);
    }

    @Test
    void buildTmPairsEndLinesTheSameWay() throws IOException {
        Path en = SEEDS.resolve("002.en.txt").toAbsolutePath();
        Path zh = SEEDS.resolve("002.zh.txt").toAbsolutePath();
        Path nel = Cli.write(dir, "nel.txt", String.join("\u0085", Files.readAllLines(en)));
        Path lf = dir.resolve("lf.tmx");
        Path withNel = dir.resolve("nel.tmx");
        Cli.run("build-tm", "-o", lf.toString(), "--presegmented", "--quiet",
                "--pairs", Cli.write(dir, "lf.tsv", en + "\t" + zh + "\n").toString());
        Cli.Result r = Cli.run("build-tm", "-o", withNel.toString(), "--presegmented", "--quiet",
                "--pairs", Cli.write(dir, "nel.tsv", nel + "\t" + zh + "\n").toString());
        assertThat(r.err()).doesNotContain("warning");
        assertThat(units(withNel)).isEqualTo(units(lf));
    }

    /** The TMX without its header (creation date) and document names. */
    private static String units(Path tmx) throws IOException {
        return Files.readString(tmx).replaceAll("creationdate=\"[^\"]*\"", "")
                .replaceAll("<prop type=\"x-document\">[^<]*</prop>", "");
    }

    @Test
    void oneSentenceAgainstManyIsWarnedAbout() throws IOException {
        String many = IntStream.range(0, Lopsided.MANY).mapToObj(i -> "这是第" + i + "句话。\n")
                .collect(Collectors.joining());
        Path zh = Cli.write(dir, "zh.txt", many);
        Path one = Cli.write(dir, "one.txt", "The river runs over the stones in the morning light and the wind "
                + "blows through the trees all day long\n");
        Cli.Result pre = Cli.run("align", "--presegmented", "--format", "ladder", one.toString(), zh.toString());
        assertThat(pre.exit()).isZero();
        assertThat(pre.err()).isEqualTo("bitext: warning: " + one + ": 1 sentence against " + Lopsided.MANY + " in "
                + zh + ": is it one line? (with --presegmented every line is a sentence)\n");
        Cli.Result plain = Cli.run("align", "--format", "ladder", zh.toString(), one.toString());
        assertThat(plain.exit()).isZero();
        assertThat(plain.err()).isEqualTo("bitext: warning: " + one + ": 1 sentence against " + Lopsided.MANY + " in "
                + zh + ": is it one line without sentence punctuation?\n");
        Path fewer = Cli.write(dir, "fewer.txt", many.substring(many.indexOf('\n') + 1));
        Cli.run("align", "--presegmented", "--format", "ladder", one.toString(), fewer.toString()).succeeds();
    }

    @Test
    void buildTmWarnsAboutAOneSentenceSideAndGoesOn() throws IOException {
        String many = IntStream.range(0, 30).mapToObj(i -> "这是第" + i + "句话。\n").collect(Collectors.joining());
        Cli.write(dir, "zh.txt", many);
        Cli.write(dir, "one.txt", "The river runs over the stones in the morning light and the wind blows\n");
        Path manifest = Cli.write(dir, "pairs.tsv", "one.txt\tzh.txt\n");
        Path out = dir.resolve("out.tmx");
        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--quiet", "--pairs", manifest.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("bitext: warning: " + dir.resolve("one.txt") + ": 1 English sentence against "
                + "30 Chinese: is the English one line without sentence punctuation?\n");
    }
}
