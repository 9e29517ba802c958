package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Cli.write(dir, name, text);
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("none.txt");
        Cli.Result r = Cli.run("segment", missing.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + missing + ": no such file\n");
    }

    @Test
    void printsOneEnglishSentencePerLineAndNothingElse() throws IOException {
        Path f = file("en.txt", "The sun rose. Birds sang!\n\nWas it morning?\n");
        Cli.Result r = Cli.run("segment", "--lang", "en", f.toString()).succeeds();
        assertThat(r.out()).isEqualTo("The sun rose.\nBirds sang!\nWas it morning?\n");
    }

    @Test
    void detectsChineseWhenNoLanguageIsGiven() throws IOException {
        Path f = file("zh.txt", "天亮了。鸟儿在唱歌！\n是早上吗？");
        Cli.Result r = Cli.run("segment", f.toString()).succeeds();
        assertThat(r.out()).isEqualTo("天亮了。\n鸟儿在唱歌！\n是早上吗？\n");
    }

    @Test
    void byteOrderMarkAndCrLfAreInvisibleInTheOutput() throws IOException {
        String text = "The sun rose. Birds sang!\nWas it morning?\n";
        Cli.Result plain = Cli.run("segment", file("plain.txt", text).toString()).succeeds();
        Cli.Result marked = Cli.run("segment", file("marked.txt", "\uFEFF" + text.replace("\n", "\r\n")).toString())
                .succeeds();
        assertThat(marked.out()).isEqualTo(plain.out()).doesNotContain("\r").doesNotContain("\uFEFF");
        assertThat(plain.out().lines()).hasSize(3);
    }
}
