package dev.bitext.cli;

import dev.bitext.Bead;
import dev.bitext.eval.Calibration;
import dev.bitext.eval.LadderReader;
import dev.bitext.eval.Scores;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code eval --calibration}: scores as {@link LadderEvaluation} does, the test files read with their
 * confidences ({@link ConfidenceFiles}: bitext's JSONL output or a ladder with a third column), and sums
 * a {@link Calibration} over the pairs of files. Not thread-safe: one instance scores one run.
 */
final class CalibratedEvaluation {
    /**
     * The outcome of a run.
     *
     * @param scores      precision and recall, as {@code eval} gives them without {@code --calibration}
     * @param calibration the confidences against the strict hits, summed over the files
     */
    record Result(Scores scores, Calibration calibration) {
    }

    /** The beads with a confidence of each list of test beads read, by the identity of that list. */
    private final Map<List<Bead>, List<Bead>> confidentOf = new IdentityHashMap<>();
    private Calibration total = Calibration.EMPTY;

    private CalibratedEvaluation() {
    }

    /** Scores {@code test} against {@code gold} as {@link LadderEvaluation#evaluate} does, with the calibration. */
    static Result evaluate(Path gold, Path test, InputEncoding encoding, Consumer<String> warnings) {
        CalibratedEvaluation run = new CalibratedEvaluation();
        LadderReader tests = (file, w) -> run.remember(
                LadderEvaluation.read(file, encoding, (text, name) -> ConfidenceFiles.parse(text, name, w)));
        Scores scores = LadderEvaluation.evaluate(gold, test, encoding, tests, warnings, run::add);
        return new Result(scores, run.total);
    }

    private List<Bead> remember(ConfidentBeads beads) {
        confidentOf.put(beads.all(), beads.confident());
        return beads.all();
    }

    private void add(List<Bead> gold, List<Bead> test) {
        total = total.plus(Calibration.of(gold, confidentOf.get(test)));
    }
}
