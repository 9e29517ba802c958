package dev.bitext.cli;

import dev.bitext.io.AlignmentWriter;
import dev.bitext.io.Ladder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bitext apply}: rebuilds a memory from a ladder a person corrected, for the same inputs as
 * {@code bitext align} (see {@link CorrectedLadder} for the rules the ladder must follow).
 */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes the memory of SOURCE [TARGET] (read as align reads them) with the beads of a "
                + "corrected ladder: the indices align --format ladder prints, every sentence exactly once. A bead "
                + "the aligner also finds keeps its confidence; any other is marked manual."})
final class ApplyCommand implements Callable<Integer>, Activity {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AlignInput input;

    @Option(names = "--ladder", paramLabel = "FILE", required = true,
            description = "The corrected ladder: one bead per line, [0,1]:[0], [5]:[], []:[7].")
    private Path ladder;

    @Mixin
    private TmxTagFlags tags;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tmx",
            description = "Output format: tmx, tsv or jsonl (default: ${DEFAULT-VALUE}).")
    private AlignFormat format;

    @Option(names = "--header",
            description = "With --format tsv: write a header row first (source, target, confidence, bead).")
    private boolean header;

    @Mixin
    private OutputFileFlag outputFlag;

    @Override
    public Integer call() throws Exception {
        Path output = outputFlag.file();
        if (format != AlignFormat.TMX && format != AlignFormat.TSV && format != AlignFormat.JSONL) {
            throw new ParameterException(spec.commandLine(), "apply writes --format tmx, tsv or jsonl");
        }
        if (header && format != AlignFormat.TSV) {
            throw new ParameterException(spec.commandLine(), "--header applies to --format tsv");
        }
        List<Path> inputs = new ArrayList<>(input.files());
        inputs.add(ladder);
        OutputTarget.refuseInputs(output, inputs);
        List<Ladder.Entry> entries = Ladder.entries(ladder);
        AlignInput.Aligned aligned = input.align(format);
        CorrectedLadder corrected = CorrectedLadder.of(ladder.toString(), entries, aligned.alignment());
        if (corrected.warning() != null) {
            input.warnings().add(corrected.warning());
        }
        AlignmentWriter writer = switch (format) {
            case TSV -> AlignmentWriter.tsv(header, corrected::isManual);
            case JSONL -> AlignmentWriter.jsonl(aligned.sourcePaths(), aligned.targetPaths(), corrected::isManual);
            default -> AlignmentWriter.tmx(tags.settings(spec.commandLine()), corrected::isManual);
        };
        Output.write(output, spec.commandLine().getOut(), out -> writer.write(corrected.alignment(), out));
        input.report();
        return Main.OK;
    }

    @Override
    public String activity() {
        return input.activity();
    }
}
