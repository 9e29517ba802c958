package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** Each format's file, written with "¶" for a line break and "→" for a tab. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hunalign     | # comment¶¶骆驼 @ camel¶",
        "CC-CEDICT    | # CC-CEDICT¶駱駝 骆驼 [luo4 tuo5] /camel/¶",
        "built-in TSV | camel→骆驼¶"})
    void readsEachFormat(String format, String content) throws IOException {
        String text = content.replace("¶", "\n").replace("→", "\t");
        Lexicon l = Lexicon.read(write("dictionary.txt", text));
        assertThat(knows(l, "camel", "骆驼")).as(format).isTrue();
    }

    @Test
    void rejectsAnUnknownFormatNamingTheFile() throws IOException {
        Path f = write("x.txt", "camel camel\n");
        assertThatThrownBy(() -> Lexicon.read(f)).isInstanceOf(BitextException.class)
                .hasMessageStartingWith(f + ": unknown dictionary format");
    }
}
