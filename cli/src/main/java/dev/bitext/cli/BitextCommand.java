package dev.bitext.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code bitext} command: without a subcommand it prints its usage and fails with exit code 2;
 * {@code bitext help COMMAND} prints a subcommand's usage.
 *
 * <p>Picocli reads a command's annotations when the command is added, which costs start-up time in every
 * run; {@link #commandLine(String[])} therefore adds only the subcommand the arguments name, and all of them
 * when they name none (usage, {@code help}, {@code --version}, a mistyped command and its suggestion).
 */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Aligns English and Chinese text sentence by sentence.")
final class BitextCommand implements Callable<Integer> {
    /** The subcommands by name, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Spec
    private CommandSpec spec;

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("align", AlignCommand::new);
        m.put("apply", ApplyCommand::new);
        m.put("segment", SegmentCommand::new);
        m.put("eval", EvalCommand::new);
        m.put("build-tm", BuildTmCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /**
     * The command line for {@code args}: when the first argument is a subcommand's name other than
     * {@code help}, only that subcommand is added (the others could not run); otherwise all of them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cmd = new CommandLine(new BitextCommand());
        String first = args.length == 0 ? null : args[0];
        if (first != null && !first.equals("help") && SUBCOMMANDS.containsKey(first)) {
            cmd.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cmd.addSubcommand(name, command.get()));
        }
        return cmd;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }
}
