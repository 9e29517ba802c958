package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BitextCommandTest {
    private static final String[] ALL = {"align", "apply", "segment", "eval", "build-tm", "help"};

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        CommandLine cmd = BitextCommand.commandLine(new String[] {"eval", "a", "b"});
        assertThat(cmd.getSubcommands()).containsOnlyKeys("eval");
    }

    @Test
    void withoutASubcommandAllAreBuiltInUsageOrder() {
        assertThat(BitextCommand.commandLine(new String[0]).getSubcommands().keySet()).containsExactly(ALL);
        assertThat(BitextCommand.commandLine(new String[] {"--version"}).getSubcommands().keySet())
                .containsExactly(ALL);
        assertThat(BitextCommand.commandLine(new String[] {"aling"}).getSubcommands().keySet()).containsExactly(ALL);
    }

    @Test
    void helpSeesEveryCommand() {
        assertThat(BitextCommand.commandLine(new String[] {"help", "align"}).getSubcommands().keySet())
                .containsExactly(ALL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"help", "segment"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: bitext segment");
    }

    @Test
    void aMistypedCommandIsStillSuggested() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"aling", "x"}, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("align");
    }

    @Test
    void aSubcommandBuiltAloneKeepsTheConvertersAndExitCodes() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"segment", "--lang", "fr", "x.txt"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("fr").doesNotContain("Exception");
    }
}
