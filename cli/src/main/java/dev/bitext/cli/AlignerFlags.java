package dev.bitext.cli;

import dev.bitext.Aligner;
import dev.bitext.AlignerOptions;
import dev.bitext.anchor.Lexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The aligner's options shared by the commands that align (a picocli mixin). Public for bitext's own modules
 * (the Spark job takes the same flags); not a stable API.
 */
public final class AlignerFlags {
    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "A user dictionary, repeatable; the format is recognised: CC-CEDICT ('Trad Simp [pin1 yin1] "
                    + "/gloss/'), hunalign ('chinese @ english') or the core lexicon's TSV "
                    + "('english<TAB>chinese|chinese').")
    private List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--max-bead", paramLabel = "N", defaultValue = "4",
            description = "Largest number of sentences on one side of a bead, 2 to 6 (default: ${DEFAULT-VALUE}).")
    private int maxBead;

    @Option(names = "--no-learn", description = "Do not learn word associations from the input.")
    private boolean noLearn;

    @Option(names = "--no-coverage", description = "Do not search the beads the aligner is unsure of (confidence "
            + "below 0.9) again with translation probabilities learned from the input.")
    private boolean noCoverage;

    @Option(names = "--no-cue-times",
            description = "Do not take overlapping subtitle cue times (SRT, WebVTT) as evidence.")
    private boolean noCueTimes;

    /** The user dictionaries given, in order. */
    public List<Path> dictionaries() {
        return List.copyOf(dictionaries);
    }

    /**
     * An aligner built from the flags; dictionary problems name the dictionary, a bad value is a usage
     * error of {@code commandLine}.
     */
    Aligner aligner(CommandLine commandLine) {
        return Aligner.create(options(commandLine));
    }

    /** The aligner options the flags give, checked as {@link #aligner} does. */
    public AlignerOptions options(CommandLine commandLine) {
        // Loading the built-in lexicon takes a moment (about 0.15 s in a fresh JVM): start it on another core
        // while the inputs are read. (It fails only in a jar without the lexicon, which cannot align at all.)
        java.util.concurrent.CompletableFuture.runAsync(Lexicon::core);
        AlignerOptions.Builder b = AlignerOptions.builder().learnLexicon(!noLearn).cueTimes(!noCueTimes)
                .coverage(!noCoverage);
        try {
            b.maxBeadSide(maxBead);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--max-bead: " + e.getMessage());
        }
        for (Path d : dictionaries) {
            b.dictionary(Inputs.about(d.toString(), () -> Lexicon.read(d)));
        }
        return b.build();
    }
}
