package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB18030, GBK and Big5 files are read: with {@code --encoding}, or detected with a note; other bytes that are
 * not UTF-8 still fail (issue 11, item 11).
 */
class EncodingsTest {
    private static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    Path dir;

    /** {@code text} encoded strictly in {@code charset} (every character must exist in it). */
    private Path encoded(String name, String text, String charset) throws IOException {
        ByteBuffer bytes = Charset.forName(charset).newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return Files.write(dir.resolve(name), out);
    }

    /** The aligned seed 002 (Simplified) or Genesis 1:1-5 (Traditional), as English and Chinese files. */
    private Path[] pair(boolean traditional) throws IOException {
        if (traditional) {
            return new Path[] {Cli.write(dir, "en.txt", ChineseTagsTest.EN), Cli.write(dir, "zh.txt", ChineseTagsTest.HANT)};
        }
        return new Path[] {SEEDS.resolve("002.en.txt"), SEEDS.resolve("002.zh.txt")};
    }

    @ParameterizedTest
    @CsvSource({"GB18030, false, GB18030", "GBK, false, GB18030", "Big5, true, Big5", "GB18030, true, GB18030"})
    void legacyChineseFilesAlignAsTheirUtf8Copy(String charset, boolean traditional, String detectedAs)
            throws IOException {
        Path[] files = pair(traditional);
        Path legacy = encoded("legacy.txt", Files.readString(files[1]), charset);
        String expected = Cli.run("align", "--presegmented", "--format", "jsonl", files[0].toString(),
                files[1].toString()).succeeds().out();
        Cli.Result detected = Cli.run("align", "--presegmented", "--format", "jsonl", files[0].toString(),
                legacy.toString());
        assertThat(detected.exit()).as(detected.err()).isZero();
        assertThat(detected.out()).isEqualTo(expected);
        assertThat(detected.err()).isEqualTo("bitext: note: " + legacy + ": not UTF-8; read as " + detectedAs + "\n");
        Cli.Result given = Cli.run("align", "--presegmented", "--format", "jsonl", "--encoding", charset,
                files[0].toString(), legacy.toString()).succeeds();
        assertThat(given.out()).isEqualTo(expected);
    }

    @Test
    void tmxOfADetectedBig5FileEqualsTheUtf8One() throws IOException {
        Path[] files = pair(true);
        Path big5 = encoded("big5.txt", ChineseTagsTest.HANT, "Big5");
        String utf8 = Cli.run("align", "--presegmented", files[0].toString(), files[1].toString()).succeeds().out();
        String legacy = Cli.run("align", "--presegmented", files[0].toString(), big5.toString()).out();
        assertThat(withoutDate(legacy)).isEqualTo(withoutDate(utf8)).contains("zh-TW");
    }

    private static String withoutDate(String tmx) {
        return tmx.replaceAll("creationdate=\"[^\"]*\"", "");
    }

    @Test
    void aBilingualGb18030FileIsDetected() throws IOException {
        Path seed = SEEDS.resolve("002_d7e8be9bf3798988.txt");
        Path legacy = encoded("bilingual.txt", Files.readString(seed), "GB18030");
        String expected = Cli.run("align", "--format", "ladder", seed.toString()).succeeds().out();
        Cli.Result r = Cli.run("align", "--format", "ladder", legacy.toString());
        assertThat(r.out()).isEqualTo(expected);
        assertThat(r.err()).isEqualTo("bitext: note: " + legacy + ": not UTF-8; read as GB18030\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "Big5"})
    void segmentReadsThemToo(String charset) throws IOException {
        String text = charset.equals("Big5") ? ChineseTagsTest.HANT : Files.readString(SEEDS.resolve("002.zh.txt"));
        Path utf8 = Cli.write(dir, "utf8.txt", text);
        Path legacy = encoded("legacy.txt", text, charset);
        String expected = Cli.run("segment", utf8.toString()).succeeds().out();
        Cli.Result r = Cli.run("segment", legacy.toString());
        assertThat(r.out()).isEqualTo(expected);
        assertThat(r.err()).isEqualTo("bitext: note: " + legacy + ": not UTF-8; read as " + charset + "\n");
        assertThat(Cli.run("segment", "--encoding", charset, legacy.toString()).succeeds().out()).isEqualTo(expected);
    }

    @Test
    void buildTmReadsEveryInputInTheGivenEncoding() throws IOException {
        Path en = encoded("en.txt", Files.readString(SEEDS.resolve("002.en.txt")), "GBK");
        Path zh = encoded("zh.txt", Files.readString(SEEDS.resolve("002.zh.txt")), "GBK");
        Path manifest = encoded("pairs.tsv", en.getFileName() + "\t" + zh.getFileName() + "\n", "GBK");
        Path out = dir.resolve("out.tmx");
        Cli.Result r = Cli.run("build-tm", "-o", out.toString(), "--presegmented", "--quiet", "--encoding", "GBK",
                "--pairs", manifest.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning").doesNotContain("note");
        assertThat(Files.readString(out)).contains("美韩合作面临多重困境");
        Cli.Result detected = Cli.run("build-tm", "-o", dir.resolve("d.tmx").toString(), "--presegmented",
                "--quiet", "--pairs", manifest.toString());
        assertThat(detected.err()).startsWith("bitext: note: " + zh + ": not UTF-8; read as GB18030\n");
    }

    @Test
    void aWrongEncodingThatDoesNotDecodeNamesTheFileAndTheEncoding() throws IOException {
        Path[] files = pair(false);
        Path gbk = encoded("gbk.txt", Files.readString(files[1]), "GBK");
        assertThat(Cli.run("align", "--encoding", "Big5", files[0].toString(), gbk.toString()).failsWithOneLine(1)
                .err()).matches("bitext: " + java.util.regex.Pattern.quote(gbk.toString())
                + ": invalid Big5 at byte \\d+\n");
        assertThat(Cli.run("segment", "--encoding", "UTF-8", gbk.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + gbk + ": invalid UTF-8 at byte 0\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment", "eval", "build-tm"})
    void anUnknownEncodingIsAUsageError(String command) throws IOException {
        Path file = Cli.write(dir, "a.txt", "[0]:[0]\n");
        String[] args = command.equals("build-tm")
                ? new String[] {command, "--encoding", "no-such-encoding", "-o", dir.resolve("o.tmx").toString(),
                        file.toString()}
                : command.equals("eval")
                ? new String[] {command, "--encoding", "no-such-encoding", file.toString(), file.toString()}
                : new String[] {command, "--encoding", "no-such-encoding", file.toString()};
        assertThat(Cli.run(args).failsWithOneLine(2).err()).contains("--encoding")
                .contains("unknown encoding 'no-such-encoding'");
    }

    @Test
    void evalTakesTheOptionToo() throws IOException {
        Path gold = encoded("gold.align", "[0]:[0]\n[1]:[1]\n", "UTF-16LE");
        Cli.run("eval", "--json", "--encoding", "UTF-16LE", gold.toString(), gold.toString()).succeeds();
    }

    @Test
    void bytesThatAreNeitherSayWhatToDo() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"),
                "Le café est fermé. Nous rentrons à pied.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Cli.run("segment", latin1.toString()).failsWithOneLine(1).err()).isEqualTo("bitext: " + latin1
                + ": invalid UTF-8 at byte 6 (not GB18030 or Big5 either; pass --encoding)\n");
        Cli.run("segment", "--encoding", "ISO-8859-1", latin1.toString()).succeeds();
    }

    @Test
    void aDamagedUtf8ChineseFileIsNotReadAsGb18030() throws IOException {
        byte[] good = Files.readAllBytes(SEEDS.resolve("002.zh.txt"));
        byte[] damaged = good.clone();
        int middle = good.length / 2;
        while ((damaged[middle] & 0xF0) != 0xE0) {
            middle++; // the first byte of a Han character
        }
        damaged[middle] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("damaged.txt"), damaged);
        assertThat(Cli.run("segment", file.toString()).failsWithOneLine(1).err()).isEqualTo("bitext: " + file
                + ": invalid UTF-8 at byte " + middle + " (not GB18030 or Big5 either; pass --encoding)\n");
    }
}
