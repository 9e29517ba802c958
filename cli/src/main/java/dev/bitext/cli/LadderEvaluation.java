package dev.bitext.cli;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.eval.Evaluator;
import dev.bitext.eval.Scores;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores test ladder files against gold ones: two files, or two folders whose files are paired by name
 * (the counts are summed over the pairs, a micro-average). Stateless.
 */
final class LadderEvaluation {
    /**
     * The summed counts and the number of file pairs they come from.
     *
     * @param scores the counts summed over all pairs
     * @param files  the number of file pairs
     */
    record Result(Scores scores, int files) {
    }

    private LadderEvaluation() {
    }

    /** Scores {@code test} against {@code gold}: both files or both folders holding the same file names. */
    static Result evaluate(Path gold, Path test) {
        boolean goldIsFolder = Files.isDirectory(gold);
        if (goldIsFolder != Files.isDirectory(test) && Files.exists(gold) && Files.exists(test)) {
            throw new BitextException(goldIsFolder
                    ? gold + " is a directory but " + test + " is not"
                    : test + " is a directory but " + gold + " is not");
        }
        if (!goldIsFolder) {
            TextFiles.requireFile(gold);
            TextFiles.requireFile(test);
            return new Result(Evaluator.score(read(gold), read(test)), 1);
        }
        TreeSet<String> names = names(gold);
        TreeSet<String> testNames = names(test);
        if (names.isEmpty()) {
            throw new BitextException(gold + ": no ladder files in this directory");
        }
        requireSame(names, testNames, gold, test);
        requireSame(testNames, names, test, gold);
        Scores total = Scores.ZERO;
        for (String name : names) {
            total = total.plus(Evaluator.score(read(gold.resolve(name)), read(test.resolve(name))));
        }
        return new Result(total, names.size());
    }

    private static void requireSame(TreeSet<String> names, TreeSet<String> others, Path folder, Path otherFolder) {
        for (String name : names) {
            if (!others.contains(name)) {
                throw new BitextException(otherFolder.resolve(name) + ": no such file (" + folder.resolve(name)
                        + " has no counterpart)");
            }
        }
    }

    /** The names of the visible regular files in a folder. */
    private static TreeSet<String> names(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            TreeSet<String> names = new TreeSet<>();
            entries.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw IoProblems.about(folder, e);
        }
    }

    private static List<Bead> read(Path file) {
        TextFiles.requireFile(file);
        return Inputs.about(file, () -> {
            try {
                return Ladder.read(file);
            } catch (IOException e) {
                throw IoProblems.about(file, e);
            }
        });
    }
}
