package dev.bitext.eval;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Strict and lax precision/recall of test beads against gold beads, as defined by Vecalign's score.py and
 * Bertalign's eval.py; and coarse (verse-level) accuracy.
 *
 * <p>A bead is compared as a pair of index sets (a {@link Bead} holds each side in ascending order), so
 * beads with gaps such as {@code [49,51,53]:[51]} are scored as the reference scorers score them. The one
 * difference: those scorers compare sides as written, so a ladder file that writes a bead's indices out of
 * order ({@code [2,1]}) or repeats one within a bead scores differently there; {@link Ladder#read} warns
 * about such files.
 *
 * <p>Precision counts the distinct test beads (1-0 and 0-1 included; duplicates counted once): a strict hit
 * is a bead found exactly in gold; a lax hit is a strict hit, or a bead with both sides non-empty that shares
 * a source sentence and a target sentence with one and the same gold bead. Recall is the same computation
 * with gold and test swapped, after removing every bead with an empty side from both.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /**
     * The counts for one document; add them over documents with {@link Scores#plus}.
     *
     * @param gold the gold beads
     * @param test the beads to score
     * @return the counts of strict and lax matches
     */
    public static Scores score(List<Bead> gold, List<Bead> test) {
        Set<BeadMatch.Key> goldAll = BeadMatch.distinct(gold, k -> true);
        Set<BeadMatch.Key> testAll = BeadMatch.distinct(test, k -> true);
        BeadMatch.Counts precision = BeadMatch.count(goldAll, testAll);
        Set<BeadMatch.Key> goldPairs = BeadMatch.distinct(gold, k -> !k.hasEmptySide());
        Set<BeadMatch.Key> testPairs = BeadMatch.distinct(test, k -> !k.hasEmptySide());
        BeadMatch.Counts recall = BeadMatch.count(testPairs, goldPairs);
        return new Scores(precision.beads(), precision.strict(), precision.lax(),
                recall.beads(), recall.strict(), recall.lax());
    }

    /**
     * Coarse accuracy counts: the number of gold beads whose sentences are covered exactly by the test beads
     * touching them, and the number of gold beads.
     *
     * @param gold the gold beads
     * @param test the beads to judge
     * @return {@code {hits, goldBeads}}
     */
    public static long[] coarse(List<Bead> gold, List<Bead> test) {
        return CoarseMatch.count(gold, test);
    }

    /**
     * Reads a gold and a test ladder file with {@code reader} and scores them ({@link #score}). Besides the
     * reader's warnings, {@code warnings} is told when the two files end at different sentences (the test names
     * an index beyond the gold's last one, or the gold goes on after the test's last one on a side): they may
     * not belong together. Warnings are given only once both files are read.
     *
     * @param gold the gold ladder file
     * @param test the ladder file to score
     * @param reader reads both files
     * @param warnings receives the warnings
     * @return the counts for the pair
     * @throws dev.bitext.BitextException naming the file when one is malformed or holds no bead (an empty
     *                                    file, or only {@code []:[]} lines)
     * @throws IOException                if a file cannot be read
     */
    public static Scores scoreFiles(Path gold, Path test, LadderReader reader, Consumer<String> warnings)
            throws IOException {
        return scoreFiles(gold, test, reader, warnings, (g, t) -> { });
    }

    /**
     * As {@link #scoreFiles(Path, Path, LadderReader, Consumer)}, also giving {@code beads} the gold and the test
     * beads, the very lists {@code reader} returned, once both files are read and checked: for measures of
     * one's own, such as a {@link Calibration}, over the same beads.
     *
     * @param gold the gold ladder file
     * @param test the ladder file to score
     * @param reader reads both files
     * @param warnings receives the warnings
     * @param beads receives the gold beads and the test beads of the pair
     * @return the counts for the pair
     * @throws dev.bitext.BitextException naming the file when one is malformed or holds no bead
     * @throws IOException                if a file cannot be read
     */
    public static Scores scoreFiles(Path gold, Path test, LadderReader reader, Consumer<String> warnings,
                                    BiConsumer<List<Bead>, List<Bead>> beads) throws IOException {
        List<String> found = new ArrayList<>();
        List<Bead> goldBeads = readSome(reader, gold, found);
        List<Bead> testBeads = readSome(reader, test, found);
        LadderExtent.mismatch(gold.toString(), LadderExtent.of(goldBeads), test.toString(), LadderExtent.of(testBeads))
                .ifPresent(found::add);
        found.forEach(warnings);
        beads.accept(goldBeads, testBeads);
        return score(goldBeads, testBeads);
    }

    private static List<Bead> readSome(LadderReader reader, Path file, List<String> warnings) throws IOException {
        List<Bead> beads = reader.read(file, warnings::add);
        if (beads.isEmpty()) {
            throw new BitextException(file + ": no beads, nothing to score");
        }
        return beads;
    }

    /**
     * Scores every ladder file of {@code testDir} against the gold file of the same name in {@code goldDir}
     * (or, for a file whose name is in only one directory, the one file of the same name without extension, so
     * that {@code 001.align} goes with {@code 001.jsonl}) and sums the counts (micro-average), reading the files with {@link Ladder#read(Path, Consumer)} and
     * dropping its warnings. Hidden files and subdirectories are ignored.
     *
     * @param goldDir the directory of gold ladder files
     * @param testDir the directory of ladder files to score
     * @return the summed counts
     * @throws dev.bitext.BitextException if a directory is missing or empty, a file exists in only one of
     *                                    them (the message names them all), or a ladder file is malformed or
     *                                    holds no bead
     * @throws IOException                if a file cannot be read
     */
    public static Scores scoreDirectories(Path goldDir, Path testDir) throws IOException {
        return scoreDirectories(goldDir, testDir, Ladder::read, warning -> { });
    }

    /**
     * As {@link #scoreDirectories(Path, Path)}, each pair of files read and checked as by {@link #scoreFiles};
     * {@code warnings} receives the warnings of every pair, in the order of the file names, once all are read.
     *
     * @param goldDir the directory of gold ladder files
     * @param testDir the directory of ladder files to score
     * @param reader reads each file
     * @param warnings receives the warnings
     * @return the summed counts
     * @throws IOException if a file cannot be read
     */
    public static Scores scoreDirectories(Path goldDir, Path testDir, LadderReader reader, Consumer<String> warnings)
            throws IOException {
        return scoreDirectories(goldDir, testDir, reader, warnings, (g, t) -> { });
    }

    /**
     * As {@link #scoreDirectories(Path, Path, LadderReader, Consumer)}, also giving {@code beads} the gold and
     * the test beads of every pair, as {@link #scoreFiles(Path, Path, LadderReader, Consumer, BiConsumer)} does,
     * in the order of the file names.
     *
     * @param goldDir the directory of gold ladder files
     * @param testDir the directory of ladder files to score
     * @param reader reads each file
     * @param warnings receives the warnings
     * @param beads receives the gold beads and the test beads of each pair
     * @return the summed counts
     * @throws IOException if a file cannot be read
     */
    public static Scores scoreDirectories(Path goldDir, Path testDir, LadderReader reader, Consumer<String> warnings,
                                          BiConsumer<List<Bead>, List<Bead>> beads) throws IOException {
        List<String> found = new ArrayList<>();
        Scores total = Scores.ZERO;
        for (LadderPairs.Pair pair : LadderPairs.pairs(goldDir, testDir)) {
            total = total.plus(scoreFiles(goldDir.resolve(pair.gold()), testDir.resolve(pair.test()), reader,
                    found::add, beads));
        }
        found.forEach(warnings);
        return total;
    }
}
