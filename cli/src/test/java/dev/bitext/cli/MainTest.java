package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    @Test
    void noArgumentsPrintsUsageAndExits2() {
        Cli.Result r = Cli.run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: bitext").contains("align").contains("segment").contains("eval");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "align", "segment", "eval"})
    void helpOnEveryCommand(String command) {
        Cli.Result r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        r.succeeds();
        assertThat(r.out()).startsWith("Usage: bitext" + (command.isEmpty() ? "" : " " + command));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "align", "segment", "eval"})
    void versionOnEveryCommand(String command) {
        Cli.Result r = command.isEmpty() ? Cli.run("--version") : Cli.run(command, "--version");
        r.succeeds();
        assertThat(r.out()).matches("bitext \\d+\\.\\d+\\.\\d+\\S*\\R");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.run("translate", "a.txt").failsWithOneLine(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alig", "aling", "segmnt", "eavl", "build-t"})
    void aTypoedCommandSuggestsTheCloseOne(String typo) {
        String meant = Map.of("alig", "align", "aling", "align", "segmnt", "segment", "eavl", "eval",
                "build-t", "build-tm").get(typo);
        assertThat(Cli.run(typo, "a.txt").failsWithOneLine(2).err())
                .isEqualTo("bitext: unknown command '" + typo + "'; did you mean '" + meant + "'?" + System.lineSeparator());
    }

    @Test
    void aCommandFarFromAnyIsNamedWithoutSuggestion() {
        assertThat(Cli.run("translate", "a.txt").failsWithOneLine(2).err())
                .startsWith("bitext: unknown command 'translate' (see 'bitext --help')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"align", "segment", "eval", "build-tm"})
    void helpCommandPrintsTheCommandsUsage(String command) {
        Cli.Result r = Cli.run("help", command);
        r.succeeds();
        assertThat(r.out()).isEqualTo(Cli.run(command, "--help").out());
        assertThat(r.out()).startsWith("Usage: bitext " + command);
    }

    @Test
    void helpOfAnUnknownCommandIsAUsageError() {
        assertThat(Cli.run("help", "alig").failsWithOneLine(2).err()).contains("alig");
    }

    @Test
    void dictionaryHelpNamesEveryFormat() {
        for (String command : new String[] {"align", "build-tm"}) {
            assertThat(Cli.run(command, "--help").out().replaceAll("\\s+", " "))
                    .contains("CC-CEDICT").contains("hunalign ('chinese @ english')")
                    .contains("core lexicon's TSV");
        }
    }

    @Test
    void unknownOptionIsAUsageErrorNamingTheOption() {
        assertThat(Cli.run("align", "--frobnicate", "a.txt").failsWithOneLine(2).err())
                .contains("--frobnicate").contains("bitext align --help");
    }

    @Test
    void missingParameterIsAUsageError() {
        assertThat(Cli.run("align").failsWithOneLine(2).err()).contains("SOURCE");
        assertThat(Cli.run("eval", "gold.align").failsWithOneLine(2).err()).contains("TEST");
        Cli.run("segment").failsWithOneLine(2);
    }

    @Test
    void badFormatOrLanguageIsAUsageError() {
        assertThat(Cli.run("align", "--format", "xml", "a", "b").failsWithOneLine(2).err()).contains("'xml'");
        assertThat(Cli.run("align", "--source-lang", "fr", "a", "b").failsWithOneLine(2).err()).contains("'fr'");
        assertThat(Cli.run("segment", "--lang", "de", "a").failsWithOneLine(2).err()).contains("'de'");
    }

    @Test
    void tooManyFilesIsAUsageError() {
        Cli.run("align", "a", "b", "c").failsWithOneLine(2);
    }
}
