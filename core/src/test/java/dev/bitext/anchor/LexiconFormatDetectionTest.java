package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconFormatDetectionTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static boolean knows(Lexicon lexicon, String english, String chinese) {
        int[] e = lexicon.englishIds("The " + english + " is here.");
        int[] c = lexicon.chineseIds("这里有" + chinese + "。");
        for (int a : e) {
            for (int b : c) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void readsHunalign() throws IOException {
        Lexicon l = Lexicon.read(write("h.dic", "# comment\n\n骆驼 @ camel\n"));
        assertThat(knows(l, "camel", "骆驼")).isTrue();
    }

    @Test
    void readsCedict() throws IOException {
        Lexicon l = Lexicon.read(write("c.u8", "# CC-CEDICT\n駱駝 骆驼 [luo4 tuo5] /camel/\n"));
        assertThat(knows(l, "camel", "骆驼")).isTrue();
    }

    @Test
    void readsTheBuiltInFormat() throws IOException {
        Lexicon l = Lexicon.read(write("t.tsv", "camel\t骆驼\n"));
        assertThat(knows(l, "camel", "骆驼")).isTrue();
    }

    @Test
    void rejectsAnUnknownFormatNamingTheFile() throws IOException {
        Path f = write("x.txt", "camel camel\n");
        assertThatThrownBy(() -> Lexicon.read(f)).isInstanceOf(BitextException.class)
                .hasMessageStartingWith(f + ": unknown dictionary format");
    }
}
