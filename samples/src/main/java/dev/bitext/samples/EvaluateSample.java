package dev.bitext.samples;

import dev.bitext.Bead;
import dev.bitext.eval.Evaluator;
import dev.bitext.eval.Scores;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores a test alignment against a gold one with strict and lax precision, recall and F1.
 *
 * <pre>
 * java dev.bitext.samples.EvaluateSample                      # built-in example
 * java dev.bitext.samples.EvaluateSample gold.align test.align
 * </pre>
 */
public final class EvaluateSample {
    private EvaluateSample() {
    }

    /** Evaluates the ladder files named by the two arguments, or a built-in example without arguments. */
    public static void main(String[] args) throws IOException {
        List<Bead> gold;
        List<Bead> test;
        if (args.length == 2) {
            gold = Ladder.read(Path.of(args[0]));
            test = Ladder.read(Path.of(args[1]));
        } else {
            // Gold: [0]:[0] [1]:[1] [2]:[2]; test merges the last two beads into [1,2]:[1,2].
            gold = List.of(Bead.of(0, 1, 0, 1, 1), Bead.of(1, 1, 1, 1, 1), Bead.of(2, 1, 2, 1, 1));
            test = List.of(Bead.of(0, 1, 0, 1, 1), Bead.of(1, 2, 1, 2, 1));
        }

        Scores s = Evaluator.score(gold, test);   // for many documents, add the counts with Scores.plus
        System.out.printf("strict  P %.4f  R %.4f  F1 %.4f%n", s.precisionStrict(), s.recallStrict(), s.f1Strict());
        System.out.printf("lax     P %.4f  R %.4f  F1 %.4f%n", s.precisionLax(), s.recallLax(), s.f1Lax());
    }
}
