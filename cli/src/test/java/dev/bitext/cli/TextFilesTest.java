package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    private static final String TEXT = "Hello.\n你好。\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            for (byte[] p : parts) {
                out.write(p);
            }
        }
        return file;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void readsPlainUtf8() throws IOException {
        assertThat(TextFiles.read(write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)), InputEncoding.DETECT)).isEqualTo(TEXT);
    }

    @Test
    void stripsUtf8ByteOrderMark() throws IOException {
        Path file = write("bom.txt", bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.read(file, InputEncoding.DETECT)).isEqualTo(TEXT);
    }

    @Test
    void decodesUtf16WhenTheMarkSaysSo() throws IOException {
        Path le = write("le.txt", bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE));
        Path be = write("be.txt", bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextFiles.read(le, InputEncoding.DETECT)).isEqualTo(TEXT);
        assertThat(TextFiles.read(be, InputEncoding.DETECT)).isEqualTo(TEXT);
    }

    @Test
    void normalizesCrLfAndCrToLf() throws IOException {
        Path file = write("crlf.txt", "a\r\nb\rc\n\r\nd".getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.read(file, InputEncoding.DETECT)).isEqualTo("a\nb\nc\n\nd");
    }

    @Test
    void invalidUtf8NamesTheFileAndTheOffsetOfTheFirstBadByte() throws IOException {
        byte[] good = "abc你".getBytes(StandardCharsets.UTF_8);
        Path file = write("bad.txt", good, bytes(0xC3, 0x28), "more".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TextFiles.read(file, InputEncoding.DETECT))
                .isInstanceOf(BitextException.class)
                .hasMessage(file + ": invalid UTF-8 at byte " + good.length + " (not GB18030 or Big5 either; pass --encoding)");
    }

    @Test
    void offsetCountsTheByteOrderMark() throws IOException {
        Path file = write("bombad.txt", bytes(0xEF, 0xBB, 0xBF, 'a', 0xFF));
        assertThatThrownBy(() -> TextFiles.read(file, InputEncoding.DETECT)).hasMessage(file + ": invalid UTF-8 at byte 4");
    }

    @Test
    void truncatedSequenceAtTheEndIsInvalid() throws IOException {
        byte[] zhong = "中".getBytes(StandardCharsets.UTF_8);
        Path file = write("cut.txt", "ab".getBytes(StandardCharsets.UTF_8), new byte[] {zhong[0], zhong[1]});
        assertThatThrownBy(() -> TextFiles.read(file, InputEncoding.DETECT)).hasMessage(file + ": invalid UTF-8 at byte 2 (not GB18030 or Big5 either; pass --encoding)");
    }

    @Test
    void unmarkedUtf16IsRejected() throws IOException {
        Path file = write("u16.txt", "Hello".getBytes(Charset.forName("UTF-16LE")));
        assertThatThrownBy(() -> TextFiles.read(file, InputEncoding.DETECT)).isInstanceOf(BitextException.class)
                .hasMessageStartingWith(file + ": ");
    }

    @Test
    void missingFileAndDirectoryAreNamed() {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> TextFiles.read(missing, InputEncoding.DETECT)).isInstanceOf(BitextException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> TextFiles.read(dir, InputEncoding.DETECT)).isInstanceOf(BitextException.class)
                .hasMessageStartingWith(dir + ": is a directory");
    }

    @Test
    void linesKeepBlankLinesAndIgnoreTheFinalLineEnd() {
        assertThat(TextFiles.lines("a\n\nb\n")).containsExactly("a", "", "b");
        assertThat(TextFiles.lines("a\n\nb")).containsExactly("a", "", "b");
        assertThat(TextFiles.lines("\n")).containsExactly("");
        assertThat(TextFiles.lines("")).isEmpty();
    }

    @Test
    void linesEndAtNelAndTheUnicodeSeparatorsToo() {
        assertThat(TextFiles.lines("a\u0085b\u2028c\u2029\u2029d\n")).containsExactly("a", "b", "c", "", "d");
        assertThat(TextFiles.lines("a\u0085")).containsExactly("a");
    }
}
