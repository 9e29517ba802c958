package dev.bitext.cli;

import dev.bitext.eval.Scores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext eval}: strict and lax precision, recall and F1 of test ladders against gold ladders. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Scores the TEST alignment against the GOLD one: two ladder files, or two directories "
                + "whose ladder files are paired by name (counts summed over all pairs). Beads are compared as "
                + "sets of indices, as Vecalign's score.py does; beads with gaps, repeated indices and files "
                + "that end at different sentences are scored with a warning on standard error."})
final class EvalCommand implements Callable<Integer>, Activity {
    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON line with p_strict, r_strict, f1_strict, p_lax, "
            + "r_lax and f1_lax (with --calibration also ece, high_beads and high_precision).")
    private boolean json;

    @Option(names = "--calibration", description = "Also tell whether the confidences can be trusted: TEST is "
            + "bitext's JSONL output (align --format jsonl) or ladders with a third column, [0]:[0]:0.95, and "
            + "the output adds, per tenth of confidence, the beads and their mean confidence and accuracy "
            + "(share of strict hits), the expected calibration error and the precision of the beads of "
            + "confidence >= 0.9 (with --json: ece, high_beads, high_precision). Manual beads, which have no "
            + "confidence, are scored but not calibrated. Directories pair gold and test files by name without "
            + "extension: 001.align and 001.jsonl.")
    private boolean calibration;

    @Mixin
    private EncodingFlag encodingFlag;

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold ladder file or directory.")
    private Path gold;

    @Parameters(index = "1", paramLabel = "TEST", description = "Test ladder file or directory.")
    private Path test;

    @Override
    public String activity() {
        return "scoring " + test + " against " + gold;
    }

    @Override
    public Integer call() {
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        InputEncoding encoding = encodingFlag.encoding(notes::add);
        PrintWriter out = spec.commandLine().getOut();
        if (calibration) {
            CalibratedEvaluation.Result r = CalibratedEvaluation.evaluate(gold, test, encoding, warnings::add);
            out.print(json ? json(r.scores(), "," + CalibrationReport.jsonMembers(r.calibration()))
                    : table(r.scores()) + String.format("%n") + CalibrationReport.table(r.calibration()));
        } else {
            Scores scores = LadderEvaluation.evaluate(gold, test, encoding, warnings::add);
            out.print(json ? json(scores, "") : table(scores));
        }
        out.flush();
        notes.forEach(n -> ErrorHandlers.note(spec.commandLine(), n));
        warnings.forEach(w -> ErrorHandlers.warn(spec.commandLine(), w));
        return Main.OK;
    }

    /** The scores as one JSON object on one line, ratios with four decimals, then {@code more} members. */
    static String json(Scores s, String more) {
        return String.format(Locale.ROOT, "{\"p_strict\":%.4f,\"r_strict\":%.4f,\"f1_strict\":%.4f,"
                        + "\"p_lax\":%.4f,\"r_lax\":%.4f,\"f1_lax\":%.4f%s}%n",
                s.precisionStrict(), s.recallStrict(), s.f1Strict(), s.precisionLax(), s.recallLax(), s.f1Lax(),
                more);
    }

    /** A readable table: a row each for strict and lax, then the bead counts. */
    static String table(Scores s) {
        return String.format(Locale.ROOT, "%-8s %9s %9s %9s%n", "", "precision", "recall", "F1")
                + String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f%n", "strict",
                        s.precisionStrict(), s.recallStrict(), s.f1Strict())
                + String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f%n", "lax",
                        s.precisionLax(), s.recallLax(), s.f1Lax())
                + String.format(Locale.ROOT, "test beads: %d, gold beads (both sides non-empty): %d%n",
                        s.testBeads(), s.goldBeads());
    }
}
