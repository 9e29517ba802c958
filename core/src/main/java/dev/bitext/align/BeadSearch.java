package dev.bitext.align;

import dev.bitext.AlignerOptions;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.anchor.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Finds the best bead sequence between two documents in two passes.
 *
 * <ol>
 *   <li>A banded search around the diagonal scores beads by length (Gale &amp; Church, ratio measured on
 *       the input), bead-shape prior, paragraph structure and the evidence the sentences share (anchor
 *       terms, lexicon hits).</li>
 *   <li>From that first path: the length ratio, the shape priors and each evidence kind's match rate are
 *       re-estimated, and word associations are learned from the paired beads of all documents aligned
 *       together.</li>
 *   <li>A second search in a band around the first path, with the learned items added; bead confidences
 *       are posterior probabilities over that band.</li>
 * </ol>
 * Time and memory are linear in the band's cells, never n x m.
 *
 * <p>Immutable and thread-safe.
 */
public final class BeadSearch {
    /** Start of the band's half-width around the anchor chain; doubled while the best path runs along an edge. */
    private static final int FIRST_BAND = 8;
    private static final int SECOND_BAND = 4;
    /** Upper bound on cells in one band (about 250 MB of working memory at most). */
    private static final long MAX_CELLS = 4_000_000L;
    /**
     * Length variance per unit of length, as a multiple of the squared ratio. Measured on MAC-Dev gold
     * beads the true value is 1.1 to 3.7 (chapter by chapter); 4 works best for the search on MAC-Dev as a
     * whole because a wider tolerance lets the shape prior decide between 1-1 and 1-2.
     */
    private static final double VARIANCE_PER_RATIO2 = 4.0;
    /** Prior probability of a 1-0 or 0-1 bead before re-estimation. */
    static final double SKIP_PROBABILITY = 0.01;
    private static final double PRIOR_PSEUDO_COUNT = 30;
    private static final double TEMPERATURE = 1.0;
    /** Scale of the evidence log-likelihood ratio against the length cost (items are not independent). */
    private static final double EVIDENCE_WEIGHT = 0.3;
    /** Scale of a bead's coverage score ({@link Coverage}) where unsure beads are searched again. */
    /**
     * Temperature of the confidences of re-searched stretches: their cost weighs the coverage on top of the
     * evidence the band's cost already holds, which overlap, so their posteriors are spread out again.
     */
    private static final double REFINEMENT_TEMPERATURE = 1.5;
    private static final double COVERAGE_WEIGHT = 0.1;

    /** Re-centred searches after the first, at most. */
    private static final int MAX_ROUNDS = 6;
    private static final double MIN_PARAGRAPH_PENALTY = 0.5;
    private static final double MAX_PARAGRAPH_PENALTY = 6.9;

    private final AlignerOptions options;
    private final List<BeadType> types;
    private final List<ItemSource> sources;
    private final boolean learn;

    /** A search configured by the options: anchors, core lexicon, user dictionaries, learning. */
    public BeadSearch(AlignerOptions options) {
        this(options, sourcesOf(options), options.learnLexicon());
    }

    private static List<ItemSource> sourcesOf(AlignerOptions options) {
        List<ItemSource> out = new ArrayList<>(AnchorItems.of(options.anchors()));
        Lexicon lexicon = options.coreLexicon() ? Lexicon.core() : Lexicon.empty();
        for (Lexicon d : options.dictionaries()) {
            lexicon = lexicon.merge(d);
        }
        if (lexicon.size() > 0) {
            out.add(new LexiconItems(lexicon));
        }
        return out;
    }

    /** A search with the given options and evidence sources; {@code learn} turns on the learned lexicon. */
    BeadSearch(AlignerOptions options, List<ItemSource> sources, boolean learn) {
        this.options = options;
        this.types = BeadType.upTo(options.maxBeadSide());
        this.sources = List.copyOf(sources);
        this.learn = learn;
    }

    /**
     * The best beads covering both documents, in order; each bead is a run of consecutive sentences.
     *
     * @throws dev.bitext.AlignmentInterruptedException if the calling thread is interrupted meanwhile
     */
    public List<Bead> align(Document source, Document target) {
        return alignAll(List.of(new DocumentPair(source, target))).get(0);
    }

    /**
     * Aligns several document pairs; the learned lexicon is learned from all of them together.
     *
     * @throws dev.bitext.AlignmentInterruptedException if the calling thread is interrupted meanwhile
     */
    public List<List<Bead>> alignAll(List<DocumentPair> pairs) {
        // Documents are independent until the lexicon is learned from all of them: each stage runs in
        // parallel over the documents, in encounter order, so results do not depend on the thread count.
        Interruption interruption = Interruption.ofCurrentThread();
        List<PairState> states = pairs.parallelStream().map(p -> new PairState(p, interruption)).toList();
        states.parallelStream().forEach(PairState::firstPass);
        if (learn) {
            List<LearnedLexicon.Observation> obs = states.stream()
                    .filter(s -> s.path != null).map(PairState::observation).toList();
            interruption.check();
            LearnedLexicon lexicon = LearnedLexicon.learn(obs);
            TranslationTable table = options.coverage() ? TranslationTable.train(obs) : null;
            states.parallelStream().filter(s -> s.path != null).forEach(s -> s.addLearned(lexicon, table));
        }
        return states.parallelStream().map(PairState::secondPass).toList();
    }

    /**
     * The first pass over one document pair, for batches too large to hold every pair's features at once:
     * the features are dropped afterwards and only the path, the re-estimated parameters and what the
     * learned lexicon needs are kept. {@link #learn} then learns from all first passes, and
     * {@link #secondPass(DocumentPair, FirstPass, Learned)} extracts the features again. The beads are the
     * same as {@link #alignAll} gives for the same pairs in the same order. Stops with
     * {@link dev.bitext.AlignmentInterruptedException} when the calling thread is interrupted, as
     * {@link #secondPass(DocumentPair, FirstPass, Learned)} does.
     */
    public FirstPass firstPass(DocumentPair pair) {
        PairState state = new PairState(pair, Interruption.ofCurrentThread());
        state.firstPass();
        return new FirstPass(state.model, state.prior, state.matchRates, state.paragraphPenalty, state.path,
                learn && state.path != null ? state.observation() : null);
    }

    /** The word associations learned from the given first passes together (none when learning is off). */
    public Learned learn(List<FirstPass> firstPasses) {
        if (!learn) {
            return new Learned(null, null);
        }
        List<LearnedLexicon.Observation> obs = firstPasses.stream()
                .filter(f -> f.observation != null).map(f -> f.observation).toList();
        return new Learned(LearnedLexicon.learn(obs), options.coverage() ? TranslationTable.train(obs) : null);
    }

    /** The beads of {@code pair}, whose first pass is {@code first}, with the learned associations added. */
    public List<Bead> secondPass(DocumentPair pair, FirstPass first, Learned learned) {
        PairState state = new PairState(pair, Interruption.ofCurrentThread());
        state.model = first.model;
        state.prior = first.prior;
        state.matchRates = first.matchRates;
        state.paragraphPenalty = first.paragraphPenalty;
        state.path = first.path;
        if (learned.lexicon != null && state.path != null) {
            state.addLearned(learned.lexicon, learned.table);
        }
        return state.secondPass();
    }

    /**
     * What {@link #firstPass(DocumentPair)} keeps of a document pair. Immutable; serializable (Java
     * serialization) so that a distributed engine can keep it between the passes, read back by the same
     * bitext version only.
     */
    public static final class FirstPass implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final LengthModel model;
        private final ShapePrior prior;
        private final double[] matchRates;
        private final double paragraphPenalty;
        private final Path path;
        private final LearnedLexicon.Observation observation;

        private FirstPass(LengthModel model, ShapePrior prior, double[] matchRates, double paragraphPenalty, Path path,
                          LearnedLexicon.Observation observation) {
            this.model = model;
            this.prior = prior;
            this.matchRates = matchRates;
            this.paragraphPenalty = paragraphPenalty;
            this.path = path;
            this.observation = observation;
        }

        /** {@return the number of paired beads whose tokens the learned lexicon learns from (0 when it learns nothing)} */
        public int observedBeads() {
            return observation == null ? 0 : observation.sourceTokens().size();
        }

        /** {@return the source token keys of observed bead {@code bead}, as learning reads them (not to be modified)} */
        public long[] sourceTokens(int bead) {
            return observation.sourceTokens().get(bead);
        }

        /** {@return the target token keys of observed bead {@code bead}, as learning reads them (not to be modified)} */
        public long[] targetTokens(int bead) {
            return observation.targetTokens().get(bead);
        }

        /** {@return this first pass without the observed tokens: all the second pass needs} */
        public FirstPass withoutObservation() {
            return observation == null ? this
                    : new FirstPass(model, prior, matchRates, paragraphPenalty, path, null);
        }
    }

    /** Word associations learned from first passes. Immutable and serializable (see {@link FirstPass}). */
    public static final class Learned implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        /** The learned word associations, null when nothing was learned. */
        private final LearnedLexicon lexicon;
        /** The translation probabilities that refine unsure beads, null when there are none. */
        private final TranslationTable table;

        private Learned(LearnedLexicon lexicon, TranslationTable table) {
            this.lexicon = lexicon;
            this.table = table;
        }

        /** {@return no associations (as a search that does not learn uses)} */
        public static Learned none() {
            return new Learned(null, null);
        }

        /**
         * The associations given pair by pair, as a distributed count finds them (see
         * {@link LearnedLexicon#fromPairs}); the same as {@link BeadSearch#learn} gives for the same
         * observations.
         */
        public static Learned of(List<LearnedPair> pairs) {
            return new Learned(LearnedLexicon.fromPairs(pairs), null);
        }

        /**
         * As {@link #of(List)}, with the translation probabilities learned from the beads
         * {@link BeadSearch#trainsOn} chooses, given in the order of their documents and beads; the same as
         * {@link BeadSearch#learn} gives for the same first passes.
         */
        public static Learned of(List<LearnedPair> pairs, List<long[]> sourceBeads, List<long[]> targetBeads) {
            return new Learned(LearnedLexicon.fromPairs(pairs), TranslationTable.train(sourceBeads, targetBeads));
        }

        /** {@return the number of learned token pairs} */
        public int size() {
            return lexicon == null ? 0 : lexicon.size();
        }
    }

    /** One document pair between passes. */
    private final class PairState {
        final Interruption interruption;
        final SideState source;
        final SideState target;
        /** Whether subtitle cue times are evidence: both sides are timed and the options allow it. */
        final boolean timed;
        LengthModel model;
        ShapePrior prior;
        double[] matchRates = MatchRates.initial();
        double paragraphPenalty = LengthCost.INITIAL_PARAGRAPH_PENALTY;
        Path path;
        /** Translation probabilities for a second look at unsure beads; null when there are none. */
        TranslationTable table;

        /**
         * Extracts both sides' items, the English side first: the Chinese side's look-up-only keys (pinyin of
         * every run of Han characters, over a hundred per sentence) are then kept only where the English
         * side holds the key; the others could match nothing. Every stage of the work checks
         * {@code interruption}.
         */
        PairState(DocumentPair pair, Interruption interruption) {
            this.interruption = interruption;
            interruption.check();
            // times count only where both sides have them: one timed side alone would match nothing
            this.timed = options.cueTimes() && !pair.source().cueTimes().isEmpty()
                    && !pair.target().cueTimes().isEmpty();
            if (pair.source().language() == Language.CHINESE) {
                this.target = new SideState(pair.target(), sources, timed, learn, null, interruption);
                this.source = new SideState(pair.source(), sources, timed, learn, KeyFilter.of(target.items), interruption);
            } else {
                this.source = new SideState(pair.source(), sources, timed, learn, null, interruption);
                this.target = new SideState(pair.target(), sources, timed, learn, KeyFilter.of(source.items), interruption);
            }
        }

        void firstPass() {
            interruption.check();
            int n = source.size();
            int m = target.size();
            if (n == 0 || m == 0) {
                return;
            }
            double ratio = ratio(source.lengths.total(), target.lengths.total());
            model = new LengthModel(ratio, VARIANCE_PER_RATIO2 * ratio * ratio);
            prior = ShapePrior.initial(types, SKIP_PROBABILITY * Math.exp(-options.skipPenalty()));
            indexes = KeyIndex.pair(source.items, target.items);
            Path guide = AnchorChain.guide(new RareKeyPairs(source.items, target.items, indexes[0], indexes[1]), n, m);
            interruption.check();
            path = search(guide, FIRST_BAND, false).path();
            interruption.check();
            model = reestimateRatio(model, path, source.lengths, target.lengths);
            prior = prior.reestimate(path, PRIOR_PSEUDO_COUNT);
            matchRates = MatchRates.reestimate(matchRates, path, source.items, target.items);
            paragraphPenalty = reestimateParagraphPenalty();
            weighted = null;
        }

        List<Bead> secondPass() {
            interruption.check();
            if (path == null) {
                return unpaired(source.size(), target.size());
            }
            Searched found = search(path, SECOND_BAND, true);
            path = found.path();
            interruption.check();
            double[] beta = found.beta().join();
            double[] confidence = Lattice.posteriors(found.band(), found.cost(), path, found.alpha(), beta,
                    TEMPERATURE);
            if (table != null && table.size() > 0 && options.coverage()) {
                Coverage coverage = new Coverage(table, source.tokens, target.tokens);
                Refinement.Refined refined = Refinement.refine(path, confidence, found.band(), types,
                        new CoverageCost(found.cost(), coverage, COVERAGE_WEIGHT), found.alpha(), beta,
                        REFINEMENT_TEMPERATURE, interruption);
                path = refined.path();
                confidence = refined.confidence();
            }
            return toBeads(path, confidence);
        }

        void addLearned(LearnedLexicon lexicon, TranslationTable table) {
            interruption.check();
            this.table = table;
            source.addLearned(lexicon, true);
            target.addLearned(lexicon, false);
            weighted = null;
            indexes = null;
        }

        LearnedLexicon.Observation observation() {
            List<long[]> s = new ArrayList<>();
            List<long[]> t = new ArrayList<>();
            for (int b = 0; b < path.beads(); b++) {
                BeadType type = path.types()[b];
                if (!type.isSkip()) {
                    s.add(union(source.tokens, path.pointI()[b], type.sourceCount()));
                    t.add(union(target.tokens, path.pointJ()[b], type.targetCount()));
                }
            }
            return new LearnedLexicon.Observation(s, t);
        }

        LengthCost lengthCost() {
            return new LengthCost(source.lengths, target.lengths, model, prior, paragraphPenalty);
        }

        /**
         * Paragraph boundaries count for as much as both sides' paragraphs correspond: the penalty is the
         * negative log of the share of first-pass beads that cross them unevenly (bounded).
         */
        double reestimateParagraphPenalty() {
            LengthCost lc = lengthCost();
            int paired = 0;
            int uneven = 0;
            for (int b = 0; b < path.beads(); b++) {
                BeadType t = path.types()[b];
                if (!t.isSkip()) {
                    paired++;
                    uneven += lc.unevenBreaks(t, path.pointI()[b], path.pointJ()[b]) > 0 ? 1 : 0;
                }
            }
            double share = (uneven + 0.5) / (paired + 1.0);
            return Math.max(MIN_PARAGRAPH_PENALTY, Math.min(MAX_PARAGRAPH_PENALTY, -Math.log(share)));
        }

        /** Weighted items of both sides, for the current match rates and items; built once per pass. */
        private WeightedItems[] weighted;
        private KeyIndex[] indexes;

        BeadCost cost(Band band, int[] activeRows) {
            BeadCost length = lengthCost();
            if (sources.isEmpty() && !learn && !timed) {
                return length;
            }
            if (weighted == null) {
                if (indexes == null) {
                    indexes = KeyIndex.pair(source.items, target.items);
                }
                weighted = new WeightedItems[] {
                    WeightedItems.weigh(source.items, indexes[0], indexes[1], target.size(), matchRates,
                            options.maxBeadSide()),
                    WeightedItems.weigh(target.items, indexes[1], indexes[0], source.size(), matchRates,
                            options.maxBeadSide())};
            }
            return new EvidenceCost(length, band, options.maxBeadSide(), weighted[0], weighted[1], indexes[0],
                    indexes[1], EVIDENCE_WEIGHT, activeRows);
        }

        /**
         * Viterbi in a band of half-width {@code width} around {@code around}. Where the best path runs along
         * an inner edge of the band, the band is re-centred on that path and doubled in width there (see
         * {@link #widenWhereTouched}), and only the stretches whose band changed are searched again, between
         * the path's points just outside them; the rest of the path stands. Repeated a few times at most.
         * With {@code forward}, the forward values of the final band come with the result (one more sweep
         * over the whole band when it was widened).
         */
        private Searched search(Path around, int width, boolean forward) {
            int n = source.size();
            int m = target.size();
            int[] widths = new int[n + 1];
            java.util.Arrays.fill(widths, width);
            Band band = Band.aroundPath(n, m, around.pointI(), around.pointJ(), widths);
            double[] alpha = forward ? new double[Math.toIntExact(band.cells())] : null;
            BeadCost cost = forward ? cached(band) : cost(band, null);
            // on one thread the backward sweep waits for the final band: a widened band would waste it
            CompletableFuture<double[]> beta = forward && Concurrency.worthAsync(band.cells()) ? backward(band, cost)
                    : null;
            Path p = Lattice.viterbi(band, types, cost, alpha, TEMPERATURE);
            boolean widened = false;
            for (int round = 0; round < MAX_ROUNDS && !band.isFull(); round++) {
                interruption.check();
                int[] before = widths.clone();
                if (!widenWhereTouched(band, p, widths)) {
                    break;
                }
                Band next = Band.aroundPath(n, m, p.pointI(), p.pointJ(), widths);
                if (next.cells() > MAX_CELLS) {
                    break;
                }
                List<int[]> stretches = Stretches.changed(before, widths, p);
                BeadCost local = cost(next, Stretches.activePrefix(stretches, p, n));
                List<Path> parts = new ArrayList<>();
                for (int[] st : stretches) {
                    interruption.check();
                    parts.add(Lattice.viterbi(next, types, local, null, TEMPERATURE, p.pointI()[st[0]],
                            p.pointJ()[st[0]], p.pointI()[st[1]], p.pointJ()[st[1]]));
                }
                p = Stretches.splice(p, stretches, parts);
                band = next;
                widened = true;
            }
            if (widened && forward) {
                if (beta != null) {
                    beta.cancel(false);
                }
                interruption.check();
                alpha = new double[Math.toIntExact(band.cells())];
                cost = cached(band);
                beta = backward(band, cost);
                p = Lattice.viterbi(band, types, cost, alpha, TEMPERATURE);
            }
            if (forward && beta == null) {
                beta = backward(band, cost);
            }
            return new Searched(p, band, cost, alpha, beta);
        }

        /** The costs over {@code band}, computed once for both the forward and the backward sweep. */
        private BeadCost cached(Band band) {
            return CachedCost.of(cost(band, null), band, types.toArray(new BeadType[0]));
        }

        /**
         * The backward sweep over {@code band}, started on another thread while the forward sweep runs; done
         * here first when the band is too small for the hop to pay ({@link Concurrency}).
         */
        private CompletableFuture<double[]> backward(Band band, BeadCost cost) {
            return Concurrency.supply(band.cells(), () -> Lattice.backward(band, types, cost, TEMPERATURE));
        }
    }

    /**
     * Doubles the half-width around every row where the path runs along an inner edge of the band, over
     * a stretch of rows several widths long; false when the path touches no edge.
     */
    private static boolean widenWhereTouched(Band band, Path path, int[] widths) {
        boolean touched = false;
        int[] wanted = widths.clone();
        for (int k = 0; k < path.pointI().length; k++) {
            int i = path.pointI()[k];
            if (band.nearEdge(i, path.pointJ()[k], 2)) {
                touched = true;
                int w = widths[i] * 2;
                int reach = 2 * w;
                for (int r = Math.max(0, i - reach); r <= Math.min(widths.length - 1, i + reach); r++) {
                    wanted[r] = Math.max(wanted[r], w);
                }
            }
        }
        System.arraycopy(wanted, 0, widths, 0, widths.length);
        return touched;
    }

    /**
     * A search's path, the band and cost it was found with and, when asked for, the forward values and the
     * backward values (being computed).
     */
    /** Whether a token met {@code count} times may be learned among {@code beads} observed beads. */
    public static boolean eligibleToken(long count, long beads) {
        return LearnedLexicon.eligible(count, LearnedLexicon.maxCount(beads));
    }

    /** Whether two tokens of these counts can be learned as a pair at all. */
    public static boolean mayPair(long sourceCount, long targetCount) {
        return LearnedLexicon.mayPair(sourceCount, targetCount);
    }

    /** Whether a pair met {@code together} times, of tokens of these counts, is learned. */
    public static boolean keeps(long together, long sourceCount, long targetCount) {
        return LearnedLexicon.keeps(together, sourceCount, targetCount);
    }

    /** {@return the token pairs of an observed bead with these tokens, summed for {@link #trainsOn}} */
    public static long tokenPairs(long[] sourceTokens, long[] targetTokens) {
        return TranslationTable.tokenPairs(sourceTokens, targetTokens);
    }

    /**
     * Whether the translation probabilities are learned from an observed bead with these tokens, when the
     * observed beads of all documents hold {@code totalPairs} token pairs ({@link #tokenPairs}).
     */
    public static boolean trainsOn(long[] sourceTokens, long[] targetTokens, long totalPairs) {
        return TranslationTable.trainsOn(sourceTokens, targetTokens, totalPairs);
    }

    /** {@return whether this search learns word associations between the passes} */
    public boolean learns() {
        return learn;
    }

    private record Searched(Path path, Band band, BeadCost cost, double[] alpha, CompletableFuture<double[]> beta) {
    }

    private static long[] union(List<long[]> tokens, int from, int count) {
        return count == 1 ? tokens.get(from) : SortedKeys.union(tokens.subList(from, from + count));
    }

    private static double ratio(long sourceTotal, long targetTotal) {
        return Math.max(1e-3, (targetTotal + 1.0) / (sourceTotal + 1.0));
    }

    /**
     * The ratio measured over the path's paired beads (text without counterpart no longer skews it). The
     * variance is not re-estimated: measured on a path found by this very model it is biased low.
     */
    private static LengthModel reestimateRatio(LengthModel model, Path path, Lengths ls, Lengths lt) {
        long sumS = 0;
        long sumT = 0;
        for (int k = 0; k < path.beads(); k++) {
            if (!path.types()[k].isSkip()) {
                sumS += ls.sum(path.pointI()[k], path.types()[k].sourceCount());
                sumT += lt.sum(path.pointJ()[k], path.types()[k].targetCount());
            }
        }
        if (sumS == 0 || sumT == 0) {
            return model;
        }
        double r = ratio(sumS, sumT);
        return new LengthModel(r, VARIANCE_PER_RATIO2 * r * r);
    }

    private static List<Bead> toBeads(Path path, double[] confidence) {
        List<Bead> out = new ArrayList<>(path.beads());
        for (int k = 0; k < path.beads(); k++) {
            BeadType t = path.types()[k];
            out.add(Bead.of(path.pointI()[k], t.sourceCount(), path.pointJ()[k], t.targetCount(), confidence[k]));
        }
        return out;
    }

    private static List<Bead> unpaired(int n, int m) {
        List<Bead> out = new ArrayList<>(n + m);
        for (int i = 0; i < n; i++) {
            out.add(Bead.of(i, 1, 0, 0, 1.0));
        }
        for (int j = 0; j < m; j++) {
            out.add(Bead.of(0, 0, j, 1, 1.0));
        }
        return out;
    }
}
