package dev.bitext;

import dev.bitext.anchor.AnchorKind;
import dev.bitext.anchor.Lexicon;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of an {@link Aligner}, validated when they are set.
 *
 * <p>Immutable and thread-safe; serializable (Java serialization, user dictionaries included); build one with {@link #builder()}.
 */
public final class AlignerOptions implements java.io.Serializable {
    @java.io.Serial
    private static final long serialVersionUID = 1L;
    /** Largest number of sentences on one side of a bead. */
    private final int maxBeadSide;
    /** Extra cost of a 1-0 or 0-1 bead, in nats. */
    private final double skipPenalty;
    /** Whether word associations are learned from the input. */
    private final boolean learnLexicon;
    /** Whether the built-in lexicon is used. */
    private final boolean coreLexicon;
    /** The anchor kinds used. */
    private final Set<AnchorKind> anchors;
    /** The user dictionaries, in order. */
    private final List<Lexicon> dictionaries;
    /** Whether subtitle cue times are used as evidence. */
    private final boolean cueTimes;
    /** Whether unsure beads are searched again weighing how well each side translates the other. */
    private final boolean coverage;

    private AlignerOptions(Builder b) {
        this.maxBeadSide = b.maxBeadSide;
        this.skipPenalty = b.skipPenalty;
        this.learnLexicon = b.learnLexicon;
        this.coreLexicon = b.coreLexicon;
        this.anchors = b.anchors.isEmpty() ? Set.of() : Set.copyOf(b.anchors);
        this.dictionaries = List.copyOf(b.dictionaries);
        this.cueTimes = b.cueTimes;
        this.coverage = b.coverage;
    }

    /**
     * The defaults: beads up to 4 sentences a side (1-4, 4-1, 2-3, 3-2 and smaller), every anchor kind,
     * the core lexicon, and a lexicon learned from the input.
     *
     * @return the default options
     */
    public static AlignerOptions defaults() {
        return builder().build();
    }

    /** {@return a builder holding the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the largest number of sentences on one side of a bead (2 to 6)} */
    public int maxBeadSide() {
        return maxBeadSide;
    }

    /** {@return the extra cost, in nats, of leaving a sentence without counterpart (1-0 / 0-1 beads)} */
    public double skipPenalty() {
        return skipPenalty;
    }

    /**
     * Whether word associations are learned from a first alignment of the input and used in the second
     * (on by default). When several documents are aligned together, learning uses all of them.
     *
     * @return whether word associations are learned from the input
     */
    public boolean learnLexicon() {
        return learnLexicon;
    }

    /** {@return whether the built-in English-Chinese core lexicon is used (on by default)} */
    public boolean coreLexicon() {
        return coreLexicon;
    }

    /** {@return the kinds of anchor terms used (all by default); an unmodifiable set} */
    public Set<AnchorKind> anchors() {
        return anchors;
    }

    /** {@return the user dictionaries used besides the core lexicon, in the order added; an unmodifiable list} */
    public List<Lexicon> dictionaries() {
        return dictionaries;
    }

    /**
     * Whether the time spans of subtitle cues ({@link Document#cueTimes()}) are used as evidence (on by
     * default): two sentences whose cues overlap in time are likely translations of each other. Documents
     * without times are aligned the same either way.
     *
     * @return whether cue times are used
     */
    public boolean cueTimes() {
        return cueTimes;
    }

    /**
     * Whether the beads the search is unsure of (confidence below 0.9) are searched again with translation
     * probabilities learned from the input (IBM Model 1 over the first-pass beads), which reward a bead whose
     * sentences' words are translated on the other side. Needs {@link #learnLexicon()}.
     *
     * @return whether unsure beads are refined by coverage
     */
    public boolean coverage() {
        return coverage;
    }

    /** Builds {@link AlignerOptions}; not thread-safe, each setter validates at once. */
    public static final class Builder {
        private int maxBeadSide = 4;
        private double skipPenalty = 0.0;
        private boolean learnLexicon = true;
        private boolean coreLexicon = true;
        private final Set<AnchorKind> anchors = EnumSet.allOf(AnchorKind.class);
        private final List<Lexicon> dictionaries = new ArrayList<>();
        private boolean cueTimes = true;
        private boolean coverage = true;

        private Builder() {
        }

        /**
         * Turns the second look at unsure beads by coverage ({@link AlignerOptions#coverage()}) on or off.
         *
         * @param use whether unsure beads are searched again weighing coverage (default true)
         * @return this builder
         */
        public Builder coverage(boolean use) {
            this.coverage = use;
            return this;
        }

        /**
         * Turns the use of subtitle cue times as evidence on or off.
         *
         * @param use whether overlapping cue times count as evidence (default true)
         * @return this builder
         */
        public Builder cueTimes(boolean use) {
            this.cueTimes = use;
            return this;
        }

        /**
         * The largest number of sentences on one side of a bead.
         *
         * @param n the largest number of sentences on one side of a bead (default 4)
         * @return this builder
         * @throws IllegalArgumentException unless 2 &lt;= n &lt;= 6
         */
        public Builder maxBeadSide(int n) {
            if (n < 2 || n > 6) {
                throw new IllegalArgumentException("maxBeadSide must be between 2 and 6, got " + n);
            }
            this.maxBeadSide = n;
            return this;
        }

        /**
         * Additional cost of a 1-0 or 0-1 bead; higher values make the aligner keep more sentences paired.
         *
         * @param penalty the extra cost in nats, in [-10, 10] (default 0)
         * @return this builder
         * @throws IllegalArgumentException if the value is not finite or lies outside [-10, 10]
         */
        public Builder skipPenalty(double penalty) {
            if (!Double.isFinite(penalty) || penalty < -10 || penalty > 10) {
                throw new IllegalArgumentException("skipPenalty must lie in [-10, 10], got " + penalty);
            }
            this.skipPenalty = penalty;
            return this;
        }

        /**
         * Turns learning word associations from the input on or off.
         *
         * @param learn whether to learn word associations from the input (default true)
         * @return this builder
         */
        public Builder learnLexicon(boolean learn) {
            this.learnLexicon = learn;
            return this;
        }

        /**
         * Turns the built-in core lexicon on or off.
         *
         * @param use whether to use the core lexicon (default true)
         * @return this builder
         */
        public Builder coreLexicon(boolean use) {
            this.coreLexicon = use;
            return this;
        }

        /**
         * The kinds of anchor terms to use (an empty set uses none).
         *
         * @param kinds the anchor kinds; copied
         * @return this builder
         * @throws NullPointerException if the set or one of its elements is null
         */
        public Builder anchors(Set<AnchorKind> kinds) {
            Objects.requireNonNull(kinds, "kinds");
            EnumSet<AnchorKind> copy = EnumSet.noneOf(AnchorKind.class);
            for (AnchorKind k : kinds) {
                copy.add(Objects.requireNonNull(k, "anchor kind"));
            }
            anchors.clear();
            anchors.addAll(copy);
            return this;
        }

        /**
         * Adds a user dictionary (for instance {@link Lexicon#readCedict} or {@link Lexicon#readHunalign}).
         *
         * @param dictionary the lexicon to add
         * @return this builder
         * @throws NullPointerException if {@code dictionary} is null
         */
        public Builder dictionary(Lexicon dictionary) {
            dictionaries.add(Objects.requireNonNull(dictionary, "dictionary"));
            return this;
        }

        /**
         * The options.
         *
         * @return the options with the settings given so far
         */
        public AlignerOptions build() {
            return new AlignerOptions(this);
        }
    }
}
