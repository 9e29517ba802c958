package dev.bitext.tm;

import dev.bitext.AlignerOptions;
import dev.bitext.Alignment;
import dev.bitext.DocumentPair;
import dev.bitext.align.BeadSearch;
import dev.bitext.align.LearnedPair;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The two passes of {@link TranslationMemoryBuilder} as separate steps, for engines that spread the documents
 * over many machines (bitext's Spark module uses it). A corpus is aligned in three steps:
 * <ol>
 *   <li>{@link #firstPass} on every document pair, anywhere;</li>
 *   <li>the word associations learned from all first passes together: on one machine with {@link #learn},
 *       or counted where the first passes are, from each first pass's observed beads
 *       ({@link FirstPass#observedBeads()}, {@link FirstPass#sourceTokens}, {@link FirstPass#targetTokens})
 *       with the thresholds {@link #eligible}, {@link #mayPair} and {@link #keeps}, and the pairs kept
 *       brought together by {@link #learned(List)};</li>
 *   <li>{@link #secondPass} on every document pair, given its first pass and the learned associations.</li>
 * </ol>
 * Done either way, the beads and confidences are exactly those {@link TranslationMemoryBuilder} finds for the
 * same pairs in the same order.
 *
 * <p>How the distributed count goes: every observed bead of every document is one bead, numbered in input
 * order (documents, then beads); a token's count is the number of its occurrences over all beads (a bead
 * lists a token once). A token is eligible when {@link #eligible}{@code (count, beads)} holds for the total
 * number of observed beads. For each bead, each eligible source token meets each eligible target token for
 * which {@link #mayPair} holds; a pair of tokens is kept when {@link #keeps}{@code (times met, source count,
 * target count)} holds. Each kept pair is described by an {@link Association}: its tokens, the first bead
 * (in that order) where they met, and their positions in that bead's token lists.
 *
 * <p>Immutable and thread-safe; serializable (Java serialization), as are {@link FirstPass} and
 * {@link Learned}, for engines that ship them between machines running the same bitext version.
 */
public final class CorpusPasses implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The aligner's options. */
    private final AlignerOptions options;
    private transient volatile BeadSearch search;

    private CorpusPasses(AlignerOptions options) {
        this.options = options;
    }

    /**
     * The passes with the given aligner options.
     *
     * @param options the aligner's options
     * @return the passes
     */
    public static CorpusPasses of(AlignerOptions options) {
        return new CorpusPasses(Objects.requireNonNull(options, "options"));
    }

    /** {@return the aligner's options} */
    public AlignerOptions options() {
        return options;
    }

    /** {@return whether word associations are learned between the passes ({@link AlignerOptions#learnLexicon()})} */
    public boolean learns() {
        return options.learnLexicon();
    }

    BeadSearch search() {
        BeadSearch s = search;
        if (s == null) {
            s = new BeadSearch(options);
            search = s;
        }
        return s;
    }

    /**
     * The first pass over one document pair.
     *
     * @param pair the documents, in the memory's direction
     * @return what the second pass and the learning need
     * @throws dev.bitext.AlignmentInterruptedException if the calling thread is interrupted meanwhile
     */
    public FirstPass firstPass(DocumentPair pair) {
        return new FirstPass(search().firstPass(Objects.requireNonNull(pair, "pair")));
    }

    /**
     * Learns the word associations from the given first passes together, on this machine.
     *
     * @param firstPasses the first passes of all documents, in input order
     * @return the associations (none when {@link #learns()} is false)
     */
    public Learned learn(List<FirstPass> firstPasses) {
        return new Learned(search().learn(firstPasses.stream().map(f -> f.pass).toList()));
    }

    /**
     * The associations counted elsewhere (see the class comment), in any order.
     *
     * @param associations every kept pair, with its first shared bead
     * @return the associations, as {@link #learn} would give them (none when {@link #learns()} is false)
     */
    public Learned learned(List<Association> associations) {
        if (!learns()) {
            return new Learned(BeadSearch.Learned.none());
        }
        return new Learned(BeadSearch.Learned.of(pairs(associations)));
    }

    /**
     * The associations counted elsewhere, with the translation probabilities that refine unsure beads
     * ({@link AlignerOptions#coverage()}), learned here from the observed beads that {@link #trainsOn} chooses:
     * what {@link #learn} gives for the same first passes.
     *
     * @param associations every kept pair, with its first shared bead
     * @param sourceBeads  the source tokens ({@link FirstPass#sourceTokens}) of each chosen bead, in the order
     *                     of the documents and of their beads
     * @param targetBeads  the target tokens of the same beads
     * @return the associations and the translation probabilities
     */
    public Learned learned(List<Association> associations, List<long[]> sourceBeads, List<long[]> targetBeads) {
        if (!learns()) {
            return new Learned(BeadSearch.Learned.none());
        }
        if (!options.coverage()) {
            return learned(associations);
        }
        return new Learned(BeadSearch.Learned.of(pairs(associations), sourceBeads, targetBeads));
    }

    private static List<LearnedPair> pairs(List<Association> associations) {
        return associations.stream()
                .map(a -> new LearnedPair(a.sourceToken(), a.targetToken(), a.document(), a.bead(),
                        a.sourcePosition(), a.targetPosition()))
                .toList();
    }

    /**
     * The token pairs of an observed bead ({@link FirstPass#sourceTokens} times {@link FirstPass#targetTokens}),
     * summed over all observed beads for {@link #trainsOn}.
     *
     * @param sourceTokens the bead's source tokens
     * @param targetTokens its target tokens
     * @return the number of token pairs
     */
    public static long tokenPairs(long[] sourceTokens, long[] targetTokens) {
        return BeadSearch.tokenPairs(sourceTokens, targetTokens);
    }

    /**
     * Whether the translation probabilities are learned from an observed bead (a sample of them when the beads
     * are many, chosen by their tokens alone).
     *
     * @param sourceTokens the bead's source tokens
     * @param targetTokens its target tokens
     * @param totalPairs   {@link #tokenPairs} summed over the observed beads of all documents
     * @return whether the bead is learned from
     */
    public static boolean trainsOn(long[] sourceTokens, long[] targetTokens, long totalPairs) {
        return BeadSearch.trainsOn(sourceTokens, targetTokens, totalPairs);
    }

    /**
     * The second pass over one document pair.
     *
     * @param pair    the documents, as given to the first pass
     * @param first   the pair's first pass (with or without its observation)
     * @param learned the associations learned from all first passes
     * @return the pair's alignment
     * @throws dev.bitext.AlignmentInterruptedException if the calling thread is interrupted meanwhile
     */
    public Alignment secondPass(DocumentPair pair, FirstPass first, Learned learned) {
        return new Alignment(pair.source(), pair.target(), search().secondPass(pair, first.pass, learned.learned));
    }

    /**
     * The pair in a memory's direction, as {@link TranslationMemoryBuilder} takes it: as it is, turned round,
     * or refused.
     *
     * @param pair   the documents
     * @param source the memory's source language
     * @param target the memory's target language
     * @return the pair with {@code source} first
     * @throws dev.bitext.BitextException if the pair's languages are not those two
     */
    public static DocumentPair oriented(DocumentPair pair, dev.bitext.Language source, dev.bitext.Language target) {
        dev.bitext.Language s = pair.source().language();
        dev.bitext.Language t = pair.target().language();
        if (s == source && t == target) {
            return pair;
        }
        if (s == target && t == source) {
            return new DocumentPair(pair.target(), pair.source());
        }
        throw new dev.bitext.BitextException("the pair is " + s + " to " + t + ", the translation memory "
                + source + " to " + target);
    }

    /**
     * Whether a token met {@code count} times may be learned among {@code beads} observed beads in all.
     *
     * @param count the token's occurrences over all observed beads
     * @param beads the number of observed beads of all documents
     * @return whether the token is eligible
     */
    public static boolean eligible(long count, long beads) {
        return BeadSearch.eligibleToken(count, beads);
    }

    /**
     * Whether two eligible tokens met {@code sourceCount} and {@code targetCount} times can be kept at all
     * (only pairs for which it holds need counting).
     *
     * @param sourceCount the source token's count
     * @param targetCount the target token's count
     * @return whether the pair is worth counting
     */
    public static boolean mayPair(long sourceCount, long targetCount) {
        return BeadSearch.mayPair(sourceCount, targetCount);
    }

    /**
     * Whether a pair of tokens is kept.
     *
     * @param together    the number of times the two met in a bead
     * @param sourceCount the source token's count
     * @param targetCount the target token's count
     * @return whether the pair is learned
     */
    public static boolean keeps(long together, long sourceCount, long targetCount) {
        return BeadSearch.keeps(together, sourceCount, targetCount);
    }

    /**
     * What {@link #firstPass} keeps of a document pair. Immutable and serializable.
     */
    public static final class FirstPass implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        /** The search's own first pass. */
        private final BeadSearch.FirstPass pass;

        private FirstPass(BeadSearch.FirstPass pass) {
            this.pass = pass;
        }

        /** {@return the number of observed beads (paired beads learning reads; 0 when nothing is learned)} */
        public int observedBeads() {
            return pass.observedBeads();
        }

        /**
         * The source tokens of one observed bead.
         *
         * @param bead the bead, {@code 0 <= bead < observedBeads()}
         * @return the token keys, each once (not to be modified)
         */
        public long[] sourceTokens(int bead) {
            return pass.sourceTokens(bead);
        }

        /**
         * The target tokens of one observed bead.
         *
         * @param bead the bead, {@code 0 <= bead < observedBeads()}
         * @return the token keys, each once (not to be modified)
         */
        public long[] targetTokens(int bead) {
            return pass.targetTokens(bead);
        }

        /** {@return this first pass without its observed beads: what the second pass needs, much smaller} */
        public FirstPass withoutObservation() {
            BeadSearch.FirstPass p = pass.withoutObservation();
            return p == pass ? this : new FirstPass(p);
        }
    }

    /** Word associations learned from first passes. Immutable and serializable. */
    public static final class Learned implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        /** The search's own associations. */
        private final BeadSearch.Learned learned;

        private Learned(BeadSearch.Learned learned) {
            this.learned = learned;
        }

        /** {@return the number of learned token pairs} */
        public int size() {
            return learned.size();
        }
    }

    /**
     * One kept pair of tokens, as a distributed count finds it.
     *
     * @param sourceToken    the source token
     * @param targetToken    the target token
     * @param document       the document of the first bead where the two met (any number, ascending in input order)
     * @param bead           that bead's index among the document's observed beads
     * @param sourcePosition the source token's position in that bead's {@link FirstPass#sourceTokens}
     * @param targetPosition the target token's position in that bead's {@link FirstPass#targetTokens}
     */
    public record Association(long sourceToken, long targetToken, long document, int bead, int sourcePosition,
                              int targetPosition) {
    }
}
