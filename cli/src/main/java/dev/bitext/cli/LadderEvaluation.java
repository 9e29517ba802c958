package dev.bitext.cli;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.eval.Evaluator;
import dev.bitext.eval.LadderReader;
import dev.bitext.eval.Scores;
import dev.bitext.io.Ladder;
import dev.bitext.io.TextReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scores test ladder files against gold ones: two files, or two folders whose files are paired by name
 * ({@link Evaluator#scoreDirectories}, counts summed over the pairs). Every file, in either mode, is read the
 * same way: decoded as every input of the command line is ({@link TextFiles}), refused when empty, then parsed
 * by {@link Ladder#read(java.io.Reader, String, Consumer)}, so both modes give the same errors and warnings.
 * Every failure is a {@link BitextException} naming the file. Stateless.
 */
final class LadderEvaluation {
    private LadderEvaluation() {
    }

    /**
     * Scores {@code test} against {@code gold}: both files or both folders holding the same file names, every
     * file read as {@code encoding} says.
     * {@code warnings} receives one-line messages about the files (see {@link Evaluator#scoreFiles}), given
     * only when both are read and scored.
     */
    static Scores evaluate(Path gold, Path test, InputEncoding encoding, Consumer<String> warnings) {
        boolean goldIsFolder = Files.isDirectory(gold);
        if (goldIsFolder != Files.isDirectory(test) && Files.exists(gold) && Files.exists(test)) {
            throw new BitextException(goldIsFolder
                    ? gold + " is a directory but " + test + " is not"
                    : test + " is a directory but " + gold + " is not");
        }
        LadderReader reader = (file, w) -> read(file, encoding, w);
        try {
            if (goldIsFolder) {
                return Evaluator.scoreDirectories(gold, test, reader, warnings);
            }
            TextReader.requireFile(gold);
            TextReader.requireFile(test);
            return Evaluator.scoreFiles(gold, test, reader, warnings);
        } catch (IOException e) {
            throw new BitextException(IoProblems.describe(e), e);
        }
    }

    private static List<Bead> read(Path file, InputEncoding encoding, Consumer<String> warnings) {
        String text = TextFiles.readText(file, encoding, "to score");
        return Inputs.about(file.toString(), () -> {
            try {
                return Ladder.read(new StringReader(text), file.toString(), warnings);
            } catch (IOException e) {
                throw IoProblems.about(file, e);
            }
        });
    }
}
