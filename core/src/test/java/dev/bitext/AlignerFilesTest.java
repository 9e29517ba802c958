package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Aligner#align(Path, Path)} and {@link Aligner#alignBilingual(Path)}: files read as the CLI reads them. */
class AlignerFilesTest {
    private static final String EN = "The rain stopped at noon.\nWe walked home together.\n";
    private static final String ZH = "中午雨停了。\n我们一起走回家。\n";
    private static final Aligner ALIGNER = Aligner.create();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void filesGiveTheSameAlignmentAsTheTextsWithLanguagesDetected() throws IOException {
        Alignment expected = ALIGNER.align(EN, Language.ENGLISH, ZH, Language.CHINESE);
        Path en = write("en.txt", EN.getBytes(StandardCharsets.UTF_8));
        Path zh = write("zh.txt", ZH.getBytes(StandardCharsets.UTF_8));
        assertThat(ALIGNER.align(en, zh).pairs()).isEqualTo(expected.pairs());
        Alignment reversed = ALIGNER.align(zh, en);
        assertThat(reversed.source().language()).isEqualTo(Language.CHINESE);
        assertThat(reversed.target().language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void bomsCrlfAndGb18030AreReadAsTheCliReadsThem() throws IOException {
        Alignment expected = ALIGNER.align(EN, Language.ENGLISH, ZH, Language.CHINESE);
        Path en = write("en.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                EN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        Path zh16 = write("zh16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ZH.getBytes(StandardCharsets.UTF_16LE)));
        Path gb = write("zh-gb.txt", (ZH + "他们说这是一个很好的地方，大家都很高兴。\n").getBytes(Charset.forName("GB18030")));
        assertThat(ALIGNER.align(en, zh16).pairs()).isEqualTo(expected.pairs());
        assertThat(ALIGNER.align(en, gb).target().sentences()).hasSize(3);
    }

    @Test
    void badFilesAreNamed() throws IOException {
        Path en = write("en.txt", EN.getBytes(StandardCharsets.UTF_8));
        Path latin1 = write("bad.txt", new byte[] {'a', 'b', (byte) 0xE9, 'c', '\n'});
        Path nul = write("nul.txt", "a\0b".getBytes(StandardCharsets.UTF_8));
        Path blank = write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
        Path empty = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> ALIGNER.align(en, latin1)).isInstanceOf(BitextException.class)
                .hasMessageStartingWith(latin1 + ": invalid UTF-8 at byte 2 (not GB18030 or Big5 either;");
        assertThatThrownBy(() -> ALIGNER.align(nul, en)).isInstanceOf(BitextException.class)
                .hasMessage(nul + ": binary file or unmarked UTF-16 (NUL character at character 1)");
        assertThatThrownBy(() -> ALIGNER.align(en, blank)).hasMessage(blank + ": only white space, nothing to align");
        assertThatThrownBy(() -> ALIGNER.align(empty, en)).hasMessage(empty + ": empty file, nothing to align");
        assertThatThrownBy(() -> ALIGNER.align(en, dir.resolve("none.txt")))
                .hasMessage(dir.resolve("none.txt") + ": no such file");
        assertThatThrownBy(() -> ALIGNER.align(en, en)).isInstanceOf(BitextException.class)
                .hasMessageStartingWith(en + " and " + en + " are both English");
    }

    @Test
    void bilingualFileIsReadStrictlyAndNamedInErrors() throws IOException {
        Path both = write("both.txt", (EN + "\n" + ZH).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Alignment a = ALIGNER.alignBilingual(both);
        assertThat(a.pairs()).isEqualTo(ALIGNER.alignBilingual(EN + "\n" + ZH).pairs());
        Path english = write("english.txt", EN.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ALIGNER.alignBilingual(english)).isInstanceOf(BitextException.class)
                .hasMessage(english + ": no Chinese text found");
    }
}
