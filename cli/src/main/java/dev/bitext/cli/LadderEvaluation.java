package dev.bitext.cli;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.eval.Evaluator;
import dev.bitext.eval.Scores;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores test ladder files against gold ones: two files, or two folders whose files are paired by name
 * ({@link Evaluator#scoreDirectories}, counts summed over the pairs). Every failure is a {@link BitextException}
 * naming the file. Stateless.
 */
final class LadderEvaluation {
    private LadderEvaluation() {
    }

    /**
     * Scores {@code test} against {@code gold}: both files (read as {@code encoding} says) or both folders
     * holding the same file names (read by the library).
     */
    static Scores evaluate(Path gold, Path test, InputEncoding encoding) {
        boolean goldIsFolder = Files.isDirectory(gold);
        if (goldIsFolder != Files.isDirectory(test) && Files.exists(gold) && Files.exists(test)) {
            throw new BitextException(goldIsFolder
                    ? gold + " is a directory but " + test + " is not"
                    : test + " is a directory but " + gold + " is not");
        }
        if (goldIsFolder) {
            try {
                return Evaluator.scoreDirectories(gold, test);
            } catch (IOException e) {
                throw new BitextException(IoProblems.describe(e), e);
            }
        }
        TextFiles.requireFile(gold);
        TextFiles.requireFile(test);
        return Evaluator.score(read(gold, encoding), read(test, encoding));
    }

    private static List<Bead> read(Path file, InputEncoding encoding) {
        String text = TextFiles.requireText(file, TextFiles.read(file, encoding), "to score");
        return Inputs.about(file, () -> {
            try {
                return Ladder.read(new StringReader(text), file.toString());
            } catch (IOException e) {
                throw IoProblems.about(file, e);
            }
        });
    }
}
