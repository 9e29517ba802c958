package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TextReader}: the command line's strict decoding as a library call. */
class TextReaderTest {
    private static final String ZH = "他们说这是一个很好的地方，大家都很高兴。\r\n第二行。\r";

    @TempDir
    Path dir;

    @Test
    void detectsGb18030AndSendsANote() throws IOException {
        Path file = Files.write(dir.resolve("gb.txt"), ZH.getBytes(Charset.forName("GB18030")));
        List<String> notes = new ArrayList<>();
        assertThat(TextReader.strict().withNotes(notes::add).read(file)).isEqualTo(ZH.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(notes).containsExactly(file + ": not UTF-8; read as GB18030");
    }

    @Test
    void aGivenCharsetIsUsedAndTheAdviceEndsTheMessage() throws IOException {
        Path file = Files.write(dir.resolve("big5.txt"), "中文。\n".getBytes(Charset.forName("Big5")));
        assertThat(TextReader.strict().withCharset(Charset.forName("Big5")).read(file)).isEqualTo("中文。\n");
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xFF, 'b'});
        assertThatThrownBy(() -> TextReader.strict().read(bad)).isInstanceOf(BitextException.class)
                .hasMessage(bad + ": invalid UTF-8 at byte 1 (not GB18030 or Big5 either; "
                        + TextReader.DEFAULT_ADVICE + ")");
        assertThatThrownBy(() -> TextReader.strict().withAdvice("pass --encoding").read(bad))
                .hasMessageEndingWith("; pass --encoding)");
    }

    @Test
    void blocksEndAtLineEnds() throws IOException {
        String text = "a line of text\r\n".repeat(40_000);
        Path file = Files.writeString(dir.resolve("lines.txt"), text, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        TextReader.strict().forEach(file, 1000, blocks::add);
        assertThat(blocks).hasSizeGreaterThan(1).allSatisfy(block -> assertThat(block).endsWith("\n"));
        assertThat(String.join("", blocks)).isEqualTo(text.replace("\r\n", "\n"));
    }
}
