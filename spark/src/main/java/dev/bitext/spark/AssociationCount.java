package dev.bitext.spark;

import dev.bitext.tm.CorpusPasses;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The word associations of all documents, counted where the first passes are, by the recipe of
 * {@link CorpusPasses}: token counts by a reduce, eligible tokens joined back to their beads, pairs met in a
 * bead counted by a second reduce. Only the kept pairs (the learned lexicon, tens of thousands of small
 * records whatever the corpus) reach the driver. Stateless.
 */
final class AssociationCount {
    /** Bead numbers are packed below the document's index: at most 2^24 observed beads per document. */
    private static final int BEAD_BITS = 24;

    private AssociationCount() {
    }

    /** A token of a bead: the bead (packed with its document), the token's position, its count once known. */
    record Occurrence(long bead, int position, long count) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * How often a pair of tokens met, and where first: the first bead and the tokens' positions in it; with
     * both tokens' counts.
     */
    record Met(long times, long bead, int sourcePosition, int targetPosition, long sourceCount, long targetCount)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        Met plus(Met other) {
            Met first = bead <= other.bead ? this : other;
            return new Met(times + other.times, first.bead, first.sourcePosition, first.targetPosition,
                    sourceCount, targetCount);
        }
    }

    /** The associations learned from all first passes (none when the passes do not learn). */
    static CorpusPasses.Learned learn(JavaRDD<FirstRecord> firsts, CorpusPasses passes) {
        if (!passes.learns()) {
            return passes.learned(List.of());
        }
        long beads = firsts.map(f -> f.first() == null ? 0L : (long) f.first().observedBeads()).fold(0L, Long::sum);
        JavaPairRDD<Long, Occurrence> source = eligible(firsts.flatMapToPair(f -> occurrences(f, true)), beads);
        JavaPairRDD<Long, Occurrence> target = eligible(firsts.flatMapToPair(f -> occurrences(f, false)), beads);
        JavaPairRDD<Long, Tuple2<Long, Occurrence>> sourceByBead = source.mapToPair(o -> new Tuple2<>(o._2().bead(), o));
        JavaPairRDD<Long, Tuple2<Long, Occurrence>> targetByBead = target.mapToPair(o -> new Tuple2<>(o._2().bead(), o));
        List<Tuple2<Tuple2<Long, Long>, Met>> kept = sourceByBead.cogroup(targetByBead)
                .flatMapToPair(b -> meetings(b._2()._1(), b._2()._2()))
                .reduceByKey(Met::plus)
                .filter(m -> CorpusPasses.keeps(m._2().times(), m._2().sourceCount(), m._2().targetCount()))
                .collect();
        List<CorpusPasses.Association> associations = new ArrayList<>(kept.size());
        for (Tuple2<Tuple2<Long, Long>, Met> k : kept) {
            Met m = k._2();
            associations.add(new CorpusPasses.Association(k._1()._1(), k._1()._2(), m.bead() >>> BEAD_BITS,
                    (int) (m.bead() & ((1L << BEAD_BITS) - 1)), m.sourcePosition(), m.targetPosition()));
        }
        return passes.learned(associations);
    }

    /** Every token of every observed bead of one document, keyed by the token. */
    private static Iterator<Tuple2<Long, Occurrence>> occurrences(FirstRecord f, boolean source) {
        List<Tuple2<Long, Occurrence>> out = new ArrayList<>();
        if (f.first() == null) {
            return out.iterator();
        }
        int n = f.first().observedBeads();
        if (n >= 1 << BEAD_BITS || f.row().index() >= 1L << (63 - BEAD_BITS)) {
            throw new IllegalStateException(f.row().id() + ": too many beads to count (" + n + ")");
        }
        for (int b = 0; b < n; b++) {
            long bead = f.row().index() << BEAD_BITS | b;
            long[] tokens = source ? f.first().sourceTokens(b) : f.first().targetTokens(b);
            for (int i = 0; i < tokens.length; i++) {
                out.add(new Tuple2<>(tokens[i], new Occurrence(bead, i, 0)));
            }
        }
        return out.iterator();
    }

    /** The occurrences of the tokens that may be learned, each with its token's count. */
    private static JavaPairRDD<Long, Occurrence> eligible(JavaPairRDD<Long, Occurrence> occurrences, long beads) {
        JavaPairRDD<Long, Long> counts = occurrences.mapValues(o -> 1L).reduceByKey(Long::sum)
                .filter(c -> CorpusPasses.eligible(c._2(), beads));
        return occurrences.join(counts).mapValues(oc -> new Occurrence(oc._1().bead(), oc._1().position(), oc._2()));
    }

    /** The pairs of one bead's eligible tokens that may pair, each met once there. */
    private static Iterator<Tuple2<Tuple2<Long, Long>, Met>> meetings(Iterable<Tuple2<Long, Occurrence>> source,
                                                                     Iterable<Tuple2<Long, Occurrence>> target) {
        List<Tuple2<Long, Occurrence>> targets = new ArrayList<>();
        target.forEach(targets::add);
        List<Tuple2<Tuple2<Long, Long>, Met>> out = new ArrayList<>();
        for (Tuple2<Long, Occurrence> s : source) {
            for (Tuple2<Long, Occurrence> t : targets) {
                long cs = s._2().count();
                long ct = t._2().count();
                if (CorpusPasses.mayPair(cs, ct)) {
                    out.add(new Tuple2<>(new Tuple2<>(s._1(), t._1()),
                            new Met(1, s._2().bead(), s._2().position(), t._2().position(), cs, ct)));
                }
            }
        }
        return out.iterator();
    }
}
