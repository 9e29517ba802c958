package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignerFlagsTest {
    private static final Path BILINGUAL = Path.of("..", "seeds", "002_d7e8be9bf3798988.txt");

    @TempDir
    Path dir;

    @Test
    void hunalignDictionaryIsAccepted() throws IOException {
        Path dic = Cli.write(dir, "user.dic", "# a user dictionary\n联盟 @ alliance\n国防部长 @ defense minister\n");
        Cli.Result r = Cli.run("align", "--dictionary", dic.toString(), "--format", "ladder", BILINGUAL.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("[0]:[0]");
    }

    @Test
    void missingDictionaryIsNamed() {
        Path dic = dir.resolve("none.dic");
        Cli.Result r = Cli.run("align", "--dictionary", dic.toString(), BILINGUAL.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + dic + ": no such file\n");
    }

    @Test
    void dictionaryOfUnknownFormatIsNamed() throws IOException {
        Path dic = Cli.write(dir, "odd.dic", "horse horse\n");
        Cli.Result r = Cli.run("align", "--dictionary", dic.toString(), BILINGUAL.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("bitext: " + dic + ": unknown dictionary format");
    }

    @Test
    void beadSizeOutOfRangeIsAUsageError() {
        Cli.Result r = Cli.run("align", "--max-bead", "9", BILINGUAL.toString());
        r.failsWithOneLine(2);
        assertThat(r.err()).contains("--max-bead");
    }
}
