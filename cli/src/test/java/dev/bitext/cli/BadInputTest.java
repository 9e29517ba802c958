package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Every kind of bad input, through the command line of {@code align}, {@code segment} and {@code eval}. */
class BadInputTest {
    private static final String EN = "The rain stopped. We walked home together.\nIt was late.\n";
    private static final String ZH = "雨停了。我们一起走回家。\n天已经晚了。\n";
    private static final String LADDER = "[0]:[0]\n[1]:[1]\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Cli.write(dir, name, text);
    }

    private Path bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** Runs {@code command} with {@code bad} as its last input and good inputs before it. */
    private Cli.Result runWith(String command, Path bad) throws IOException {
        return switch (command) {
            case "align" -> Cli.run("align", file("good-en.txt", EN).toString(), bad.toString());
            case "segment" -> Cli.run("segment", bad.toString());
            case "eval" -> Cli.run("eval", file("good.align", LADDER).toString(), bad.toString());
            default -> throw new IllegalArgumentException(command);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment", "eval"})
    void missingFileIsNamed(String command) throws IOException {
        Path missing = dir.resolve("missing.txt");
        assertThat(runWith(command, missing).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + missing + ": no such file\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment", "eval"})
    void unreadableFileIsNamed(String command) throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root can read any file");
        Path locked = file("locked.txt", ZH);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "this user can read a file with mode 000");
        assertThat(runWith(command, locked).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + locked + ": permission denied\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment", "eval"})
    void directoryInsteadOfFileIsNamed(String command) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThat(runWith(command, folder).failsWithOneLine(1).err())
                .startsWith("bitext: " + folder).contains(" is a directory").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment", "eval"})
    void invalidUtf8IsNamedWithItsByteOffset(String command) throws IOException {
        Path bad = bytes("bad.txt", new byte[] {'[', '0', ']', ':', (byte) 0xC3, '[', '0', ']'});
        assertThat(runWith(command, bad).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + bad + ": invalid UTF-8 at byte 4 (not GB18030 or Big5 either; pass --encoding)\n");
    }

    @Test
    void nulCharacterIsReportedAsBinary() throws IOException {
        Path bad = bytes("bin.txt", "Hi.\0\1".getBytes(StandardCharsets.UTF_8));
        assertThat(Cli.run("segment", bad.toString()).failsWithOneLine(1).err())
                .startsWith("bitext: " + bad + ": binary file or unmarked UTF-16");
    }

    @Test
    void unpairedSurrogatesAreInvalidInput() throws IOException {
        // U+D800 encoded as UTF-8 (ED A0 80) and alone in UTF-16LE: neither decodes.
        Path utf8 = bytes("s8.txt", new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        Path utf16 = bytes("s16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0});
        assertThat(Cli.run("segment", utf8.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + utf8 + ": invalid UTF-8 at byte 1 (not GB18030 or Big5 either; pass --encoding)\n");
        assertThat(Cli.run("segment", utf16.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + utf16 + ": invalid UTF-16LE at byte 4\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\n\u3000\r\n"})
    void alignAndEvalRefuseAFileWithoutText(String content) throws IOException {
        Path blank = file("blank.txt", content);
        String what = content.isEmpty() ? "empty file" : "only white space";
        assertThat(runWith("align", blank).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + blank + ": " + what + ", nothing to align\n");
        assertThat(runWith("eval", blank).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + blank + ": " + what + ", nothing to score\n");
        assertThat(Cli.run("align", blank.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + blank + ": " + what + ", nothing to align\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\n\u3000\r\n"})
    void segmentWarnsOfAFileWithoutText(String content) throws IOException {
        Path blank = file("blank.txt", content);
        Cli.Result r = Cli.run("segment", blank.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("bitext: warning: " + blank
                + ": no sentences (the file is empty or only white space)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void byteOrderMarkedFilesGiveThePlainResult(String charsetName) throws IOException {
        Charset charset = Charset.forName(charsetName);
        Path en = bytes("en-bom.txt", ("\uFEFF" + EN).getBytes(charset));
        Path zh = bytes("zh-bom.txt", ("\uFEFF" + ZH).getBytes(charset));
        Path enPlain = file("en.txt", EN);
        Path zhPlain = file("zh.txt", ZH);
        assertSameOutput(List.of("align", "--format", "tsv"), List.of(en, zh), List.of(enPlain, zhPlain));
        assertSameOutput(List.of("segment"), List.of(zh), List.of(zhPlain));
        Path ladder = bytes("bom.align", ("\uFEFF" + LADDER).getBytes(charset));
        Path ladderPlain = file("plain.align", LADDER);
        assertSameOutput(List.of("eval", "--json"), List.of(ladder, ladder), List.of(ladderPlain, ladderPlain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void crLfAndCrLineEndsGiveTheLfResult(String lineEnd) throws IOException {
        Path bilingual = file("both.txt", EN + ZH);
        Path bilingualEnds = file("both-ends.txt", (EN + ZH).replace("\n", lineEnd));
        assertSameOutput(List.of("align", "--format", "tsv"), List.of(bilingualEnds), List.of(bilingual));
        assertSameOutput(List.of("segment"), List.of(file("en-ends.txt", EN.replace("\n", lineEnd))),
                List.of(file("en.txt", EN)));
        assertSameOutput(List.of("eval"), List.of(file("g.align", LADDER.replace("\n", lineEnd)),
                file("t.align", "\uFEFF" + LADDER)), List.of(file("g2.align", LADDER), file("t2.align", LADDER)));
    }

    /** Asserts that the command gives the same, non-empty output on {@code files} as on {@code expected}. */
    private static void assertSameOutput(List<String> command, List<Path> files, List<Path> expected) {
        Cli.Result actual = Cli.run(args(command, files)).succeeds();
        Cli.Result plain = Cli.run(args(command, expected)).succeeds();
        assertThat(actual.out()).isNotBlank().isEqualTo(plain.out());
    }

    private static String[] args(List<String> command, List<Path> files) {
        List<String> args = new ArrayList<>(command);
        files.forEach(f -> args.add(f.toString()));
        return args.toArray(String[]::new);
    }

    @Test
    void bilingualFileWithOneSideMissingIsNamed() throws IOException {
        Path chineseOnly = file("zh.txt", ZH);
        Path englishOnly = file("en.txt", EN);
        assertThat(Cli.run("align", chineseOnly.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + chineseOnly + ": no English text found\n");
        assertThat(Cli.run("align", englishOnly.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + englishOnly + ": no Chinese text found\n");
    }

    @Test
    void twoChineseFilesAreRefusedWithAHint() throws IOException {
        Path a = file("a.txt", ZH);
        Path b = file("b.txt", "他们回家了。");
        assertThat(Cli.run("align", a.toString(), b.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + a + " and " + b + " are both Chinese "
                        + "(give --source-lang and --target-lang to align them anyway)\n");
    }

    @Test
    void charactersXmlForbidsAreLeftOutOfAValidTmxWithAWarning() throws Exception {
        Path en = file("en.txt", "The rain\u0001 stopped\uFFFE. We walked\u001B home\uFFFF together.\n");
        Path zh = file("zh.txt", "雨停了。我们一起\u0002走回家。\n");
        Cli.Result r = Cli.run("align", en.toString(), zh.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEqualTo("bitext: warning: " + en + ": 4 character(s) that XML forbids (control "
                + "characters, U+FFFE, U+FFFF) left out of the TMX\n"
                + "bitext: warning: " + zh + ": 1 character(s) that XML forbids (control characters, U+FFFE, "
                + "U+FFFF) left out of the TMX\n");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element tmx = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        String segs = tmx.getTextContent();
        assertThat(segs).contains("The rain stopped.").contains("We walked home together.").contains("我们一起走回家");
    }

    @Test
    void malformedLadderLinesAreNamedWithFileAndLine() throws IOException {
        Path gold = file("gold.align", LADDER);
        Path tooLarge = file("large.align", "[0]:[0]\r\n\r\n[4000000000]:[1]\r\n");
        Path garbage = file("garbage.align", "\uFEFF[0]:[0]\nhello\n");
        assertThat(Cli.run("eval", gold.toString(), tooLarge.toString()).failsWithOneLine(1).err())
                .isEqualTo("bitext: " + tooLarge + ":3: source index '4000000000' is too large (the maximum is "
                        + "2147483647)\n");
        assertThat(Cli.run("eval", garbage.toString(), gold.toString()).failsWithOneLine(1).err())
                .startsWith("bitext: " + garbage + ":2: ").contains("hello");
    }

    @Test
    void failedRunKeepsAnExistingTargetAndLeavesNoTemporaryFile() throws IOException {
        Path en = file("en.txt", EN);
        Path bad = bytes("bad.txt", new byte[] {'a', (byte) 0xFF});
        Path out = file("out.tmx", "previous content");
        List<String> before = names();
        Cli.run("align", "-o", out.toString(), en.toString(), bad.toString()).failsWithOneLine(1);
        Cli.run("align", "-o", out.toString(), bad.toString()).failsWithOneLine(1);
        Cli.run("segment", "-o", out.toString(), bad.toString()).failsWithOneLine(1);
        Cli.run("align", "-o", out.toString(), en.toString(), file("empty.txt", "").toString()).failsWithOneLine(1);
        assertThat(Files.readString(out)).isEqualTo("previous content");
        assertThat(names()).containsExactlyInAnyOrderElementsOf(plus(before, "empty.txt"));
    }

    @Test
    void failedRunCreatesNothingAtANewTarget() throws IOException {
        Path out = dir.resolve("new.tsv");
        Cli.run("segment", "-o", out.toString(), dir.resolve("missing.txt").toString()).failsWithOneLine(1);
        Cli.run("align", "-o", out.toString(), file("zh.txt", ZH).toString(), file("zh2.txt", ZH).toString())
                .failsWithOneLine(1);
        assertThat(names()).containsExactlyInAnyOrder("zh.txt", "zh2.txt");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> plus(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
