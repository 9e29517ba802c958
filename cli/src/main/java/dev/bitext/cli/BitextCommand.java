package dev.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code bitext} command: without a subcommand it prints its usage and fails with exit code 2;
 * {@code bitext help COMMAND} prints a subcommand's usage.
 */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Aligns English and Chinese text sentence by sentence.",
        subcommands = {AlignCommand.class, ApplyCommand.class, SegmentCommand.class, EvalCommand.class, BuildTmCommand.class,
            CommandLine.HelpCommand.class})
final class BitextCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }
}
