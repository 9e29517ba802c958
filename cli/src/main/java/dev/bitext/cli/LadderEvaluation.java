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
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Scores test ladder files against gold ones: two files, or two folders whose files are paired by name
 * ({@link Evaluator#scoreDirectories}, counts summed over the pairs). Every file, in either mode, is read the
 * same way: decoded as every input of the command line is ({@link TextFiles}), refused when empty, then parsed
 * by {@link Ladder#read(java.io.Reader, String, Consumer)}, so both modes give the same errors and warnings.
 * Every failure is a {@link BitextException} naming the file. Stateless.
 */
final class LadderEvaluation {
    /** Parses the decoded text of one file. */
    @FunctionalInterface
    interface TextParser<T> {
        /** The content of {@code text}, the file {@code name}; problems are exceptions naming it. */
        T parse(String text, String name) throws IOException;
    }

    private LadderEvaluation() {
    }

    /**
     * Scores {@code test} against {@code gold}: both files or both folders holding the same file names, every
     * file read as {@code encoding} says.
     * {@code warnings} receives one-line messages about the files (see {@link Evaluator#scoreFiles}), given
     * only when both are read and scored.
     */
    static Scores evaluate(Path gold, Path test, InputEncoding encoding, Consumer<String> warnings) {
        return evaluate(gold, test, encoding, ladders(encoding), warnings, (g, t) -> { });
    }

    /**
     * As {@link #evaluate(Path, Path, InputEncoding, Consumer)}, the test files read by {@code testReader}
     * and the beads of every pair given to {@code beads} (see
     * {@link Evaluator#scoreFiles(Path, Path, LadderReader, Consumer, BiConsumer)}).
     */
    static Scores evaluate(Path gold, Path test, InputEncoding encoding, LadderReader testReader,
                           Consumer<String> warnings, BiConsumer<List<Bead>, List<Bead>> beads) {
        boolean goldIsFolder = Files.isDirectory(gold);
        if (goldIsFolder != Files.isDirectory(test) && Files.exists(gold) && Files.exists(test)) {
            throw new BitextException(goldIsFolder
                    ? gold + " is a directory but " + test + " is not"
                    : test + " is a directory but " + gold + " is not");
        }
        Predicate<Path> isTest = goldIsFolder ? file -> test.equals(file.getParent()) : test::equals;
        LadderReader goldReader = ladders(encoding);
        LadderReader reader = (file, w) -> (isTest.test(file) ? testReader : goldReader).read(file, w);
        try {
            if (goldIsFolder) {
                return Evaluator.scoreDirectories(gold, test, reader, warnings, beads);
            }
            TextReader.requireFile(gold);
            TextReader.requireFile(test);
            return Evaluator.scoreFiles(gold, test, reader, warnings, beads);
        } catch (IOException e) {
            throw new BitextException(IoProblems.describe(e), e);
        }
    }

    private static LadderReader ladders(InputEncoding encoding) {
        return (file, warnings) -> read(file, encoding, (text, name) -> Ladder.read(new StringReader(text), name,
                warnings));
    }

    /**
     * The text of {@code file}, decoded as {@code encoding} says and refused when empty, parsed by
     * {@code parser}; every problem is a {@link BitextException} naming the file.
     */
    static <T> T read(Path file, InputEncoding encoding, TextParser<T> parser) {
        String text = TextFiles.readText(file, encoding, "to score");
        return Inputs.about(file.toString(), () -> {
            try {
                return parser.parse(text, file.toString());
            } catch (IOException e) {
                throw IoProblems.about(file, e);
            }
        });
    }
}
