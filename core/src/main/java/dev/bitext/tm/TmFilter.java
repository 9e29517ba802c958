package dev.bitext.tm;

import dev.bitext.Bead;

/**
 * Decides which aligned units go into a translation memory.
 *
 * <p>A unit is judged by the checks below in this order; the first that fails names the {@link FilterReason}
 * (so each dropped unit is counted once, under the first reason that applies):
 * <ol>
 *   <li>{@link FilterReason#UNPAIRED}: a side has no sentence or only white space (1-0 and 0-1 beads). Always on:
 *       a unit with an empty side translates nothing.</li>
 *   <li>{@link FilterReason#NO_WORDS}: a side has no letter or ideograph, only digits, punctuation, symbols and
 *       spaces ({@link Builder#dropNoWords}).</li>
 *   <li>{@link FilterReason#IDENTICAL_SIDES}: both sides hold the same text once white space is normalised
 *       (stripped at the ends, inner runs read as one space) ({@link Builder#dropIdentical}).</li>
 *   <li>{@link FilterReason#LENGTH_RATIO}: the longer side is more than {@link #maxLengthRatio()} times the
 *       shorter, lengths measured in comparable units: each code point that is not white space counts 1,
 *       a Han character 3 (English needs about three characters for one Chinese character: the median of
 *       English non-space characters per Han character over the gold beads is 3.8 on MAC-Dev and 3.7 on the
 *       Bible set, per non-space Chinese code point 3.3 and 3.25).</li>
 *   <li>{@link FilterReason#LOW_CONFIDENCE}: the bead's confidence is below {@link #minConfidence()}.</li>
 *   <li>{@link FilterReason#DUPLICATE}: the same source and target, white space normalised, were kept earlier
 *       in the same {@link Session} ({@link Builder#deduplicate}). Only units that pass every other check
 *       enter the set of seen pairs.</li>
 * </ol>
 *
 * <p>Defaults ({@link #defaults()}): minimum confidence 0 (nothing dropped for confidence), maximum length ratio
 * {@value #DEFAULT_MAX_LENGTH_RATIO}, identical sides, wordless sides and duplicates dropped. The length-ratio
 * default keeps almost every correct unit: of the gold beads with both sides (1,337 in MAC-Dev, 96,589 in the
 * six Bible files) it would drop 0.15 % of MAC-Dev's (2 beads) and 0.02 % of the Bible's; a ratio of 3 would
 * drop 0.5 % and 0.05 %.
 *
 * <p>Deduplication keeps a 64-bit hash of each kept pair, not the texts: about 11 to 21 bytes per kept unit.
 * Two different pairs share a hash with probability about n²/2⁶⁵ for n kept units (below 10⁻⁷ for ten million
 * units), in which case the later one is dropped as a duplicate.
 *
 * <p>Immutable, thread-safe and serializable; the per-run state lives in a {@link Session}, one per output.
 */
public final class TmFilter implements java.io.Serializable {
    @java.io.Serial
    private static final long serialVersionUID = 1L;
    /** The default {@link #maxLengthRatio()}. */
    public static final double DEFAULT_MAX_LENGTH_RATIO = 4.0;
    /** A {@link #maxLengthRatio()} that drops nothing for its length. */
    public static final double NO_LENGTH_LIMIT = Double.POSITIVE_INFINITY;

    private static final TmFilter DEFAULTS = builder().build();

    /** Units below this confidence are left out. */
    private final double minConfidence;
    /** Units whose longer side exceeds this many times the shorter are left out. */
    private final double maxLengthRatio;
    /** Whether units with the same text on both sides are left out. */
    private final boolean dropIdentical;
    /** Whether units with a side without words are left out. */
    private final boolean dropNoWords;
    /** Whether a unit whose texts were already written is left out. */
    private final boolean deduplicate;

    private TmFilter(Builder b) {
        this.minConfidence = b.minConfidence;
        this.maxLengthRatio = b.maxLengthRatio;
        this.dropIdentical = b.dropIdentical;
        this.dropNoWords = b.dropNoWords;
        this.deduplicate = b.deduplicate;
    }

    /** {@return the default filter (see the class description)} */
    public static TmFilter defaults() {
        return DEFAULTS;
    }

    /** {@return a builder holding the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the confidence below which units are dropped; in [0, 1], 0 keeps all} */
    public double minConfidence() {
        return minConfidence;
    }

    /** {@return the largest ratio of the longer side's comparable length to the shorter's; {@link #NO_LENGTH_LIMIT} for none} */
    public double maxLengthRatio() {
        return maxLengthRatio;
    }

    /** {@return whether units whose two sides hold the same text are dropped} */
    public boolean dropIdentical() {
        return dropIdentical;
    }

    /** {@return whether units with a side without letters or ideographs are dropped} */
    public boolean dropNoWords() {
        return dropNoWords;
    }

    /** {@return whether a unit whose source and target were already kept in the same session is dropped} */
    public boolean deduplicate() {
        return deduplicate;
    }

    /** {@return a new session: the state of one run (the pairs already kept), starting empty} */
    public Session session() {
        return new Session();
    }

    @Override
    public String toString() {
        return "TmFilter[minConfidence=" + minConfidence + ", maxLengthRatio=" + maxLengthRatio
                + ", dropIdentical=" + dropIdentical + ", dropNoWords=" + dropNoWords
                + ", deduplicate=" + deduplicate + "]";
    }

    /**
     * The filter applied to one output, remembering the pairs kept so far for deduplication. Not thread-safe:
     * call {@link #judge} from one thread at a time, in the order the units are written.
     */
    public final class Session {
        private final LongSet kept = new LongSet();

        private Session() {
        }

        /**
         * Why this unit is dropped, or null to keep it (and, when deduplicating, remember it as kept).
         *
         * @param bead       the unit's bead (its sides and confidence)
         * @param sourceText the unit's source sentences joined as written to the TMX
         * @param targetText the unit's target sentences joined as written to the TMX
         * @return the reason to drop the unit, or null to keep it
         */
        public FilterReason judge(Bead bead, String sourceText, String targetText) {
            Verdict v = verdict(bead, sourceText, targetText);
            if (v.reason == null && deduplicate && !kept.add(v.key)) {
                return FilterReason.DUPLICATE;
            }
            return v.reason;
        }
    }

    /** A verdict before deduplication, with the key deduplication compares (0 when not computed). */
    private record Verdict(FilterReason reason, long key) {
    }

    private Verdict verdict(Bead bead, String sourceText, String targetText) {
        if (bead.source().isEmpty() || bead.target().isEmpty() || sourceText.isBlank() || targetText.isBlank()) {
            return new Verdict(FilterReason.UNPAIRED, 0);
        }
        if (dropNoWords && !(UnitText.hasWords(sourceText) && UnitText.hasWords(targetText))) {
            return new Verdict(FilterReason.NO_WORDS, 0);
        }
        String source = UnitText.normalise(sourceText);
        String target = UnitText.normalise(targetText);
        if (dropIdentical && source.equals(target)) {
            return new Verdict(FilterReason.IDENTICAL_SIDES, 0);
        }
        if (tooUnequal(source, target)) {
            return new Verdict(FilterReason.LENGTH_RATIO, 0);
        }
        if (bead.confidence() < minConfidence) {
            return new Verdict(FilterReason.LOW_CONFIDENCE, 0);
        }
        return new Verdict(null, UnitText.pairHash(source, target));
    }

    /**
     * The verdict on one bead by itself: every check of {@link Session#judge} but the one for duplicates. For
     * engines that judge beads in many places and settle duplicates afterwards: of the beads this keeps, those
     * with equal {@link #duplicateKey} are duplicates of the first (in input order), which
     * {@link Session#judge} would report as {@link FilterReason#DUPLICATE} when {@link #deduplicate()} is on.
     * Thread-safe.
     *
     * @param bead       the bead
     * @param sourceText its source text
     * @param targetText its target text
     * @return why the bead is left out, or null to keep it (unless it is a duplicate)
     */
    public FilterReason judgeAlone(Bead bead, String sourceText, String targetText) {
        return verdict(bead, sourceText, targetText).reason;
    }

    /**
     * The key duplicates share: a 64-bit hash of both texts with white space normalised. Stateless.
     *
     * @param sourceText a unit's source text
     * @param targetText its target text
     * @return the key
     */
    public static long duplicateKey(String sourceText, String targetText) {
        return UnitText.pairHash(UnitText.normalise(sourceText), UnitText.normalise(targetText));
    }

    private boolean tooUnequal(String source, String target) {
        if (maxLengthRatio == NO_LENGTH_LIMIT) {
            return false;
        }
        long a = UnitText.comparableLength(source);
        long b = UnitText.comparableLength(target);
        return Math.max(a, b) > maxLengthRatio * Math.min(a, b);
    }

    /** Builds a {@link TmFilter}; not thread-safe, each setter validates at once. */
    public static final class Builder {
        private double minConfidence = 0.0;
        private double maxLengthRatio = DEFAULT_MAX_LENGTH_RATIO;
        private boolean dropIdentical = true;
        private boolean dropNoWords = true;
        private boolean deduplicate = true;

        private Builder() {
        }

        /**
         * Drops units whose bead confidence is below {@code value} (default 0: none).
         *
         * @param value the smallest confidence kept, in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException unless {@code value} lies in [0, 1]
         */
        public Builder minConfidence(double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("minimum confidence must lie in [0, 1]: " + value);
            }
            minConfidence = value;
            return this;
        }

        /**
         * Drops units whose longer side is more than {@code value} times the shorter in comparable length
         * (default {@value TmFilter#DEFAULT_MAX_LENGTH_RATIO}); {@link TmFilter#NO_LENGTH_LIMIT} for no limit.
         *
         * @param value the largest length ratio kept, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is below 1 or not a number
         */
        public Builder maxLengthRatio(double value) {
            if (!(value >= 1.0)) {
                throw new IllegalArgumentException("maximum length ratio must be at least 1: " + value);
            }
            maxLengthRatio = value;
            return this;
        }

        /**
         * Whether to drop units whose two sides hold the same text (default true).
         *
         * @param value whether to drop them
         * @return this builder
         */
        public Builder dropIdentical(boolean value) {
            dropIdentical = value;
            return this;
        }

        /**
         * Whether to drop units with a side of only digits, punctuation, symbols and spaces (default true).
         *
         * @param value whether to drop them
         * @return this builder
         */
        public Builder dropNoWords(boolean value) {
            dropNoWords = value;
            return this;
        }

        /**
         * Whether to drop a unit whose source and target were already kept in the session (default true).
         *
         * @param value whether to drop them
         * @return this builder
         */
        public Builder deduplicate(boolean value) {
            deduplicate = value;
            return this;
        }

        /** {@return the filter with the settings given so far} */
        public TmFilter build() {
            return new TmFilter(this);
        }
    }
}
