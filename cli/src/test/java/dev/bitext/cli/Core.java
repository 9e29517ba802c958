package dev.bitext.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bitext.Aligner;
import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.eval.Evaluator;
import dev.bitext.io.AlignmentWriter;
import dev.bitext.io.Ladder;
import dev.bitext.io.OutputFormat;
import dev.bitext.io.TmxSettings;
import dev.bitext.segment.BilingualSplitter;
import dev.bitext.segment.Segmenter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Skips a test while a core piece it runs through is still a stub that throws
 * {@link UnsupportedOperationException}; once the piece exists the test runs with its full expectations.
 */
final class Core {
    private Core() {
    }

    /** The segmenter. */
    static void assumeSegmenter() {
        assumeImplemented("Segmenter", () -> Segmenter.of(Language.ENGLISH).segment("A."));
    }

    /** The segmenter and the splitter of bilingual files. */
    static void assumeBilingual() {
        assumeSegmenter();
        assumeImplemented("BilingualSplitter", () -> BilingualSplitter.split("Hello there.\n你好。"));
    }

    /** The bead search and the writers of every format. */
    static void assumeAligner() {
        assumeImplemented("Aligner/AlignmentWriter", () -> {
            Alignment a = Aligner.create().align(Document.ofLines(Language.ENGLISH, List.of("A.")),
                    Document.ofLines(Language.CHINESE, List.of("甲。")));
            for (OutputFormat f : OutputFormat.values()) {
                try {
                    AlignmentWriter.of(f, TmxSettings.defaults()).write(a, new StringWriter());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** The ladder reader and the evaluator. */
    static void assumeEvaluation() {
        assumeImplemented("Ladder/Evaluator", () -> {
            try {
                Path f = Files.createTempFile("core", ".align");
                try {
                    Files.writeString(f, "[0]:[0]\n");
                    List<Bead> beads = Ladder.read(f);
                    Evaluator.score(beads, beads);
                } finally {
                    Files.delete(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void assumeImplemented(String piece, Runnable probe) {
        boolean implemented;
        try {
            probe.run();
            implemented = true;
        } catch (UnsupportedOperationException e) {
            implemented = false;
        }
        assumeTrue(implemented, piece + " is not implemented yet in core");
    }
}
