package dev.bitext.spark;

import dev.bitext.tm.CorpusPasses;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The word associations of all documents, counted where the first passes are, by the recipe of
 * {@link CorpusPasses} and with its thresholds, in two rounds over the persisted first passes:
 * <ol>
 *   <li>token counts, summed in each partition and then by a reduce; the tokens that may be learned
 *       ({@link CorpusPasses#eligible}: met a few times, and in no more than a small share of the beads) come
 *       to the driver as a vocabulary (16 bytes a token) and are broadcast;</li>
 *   <li>in each partition, the eligible tokens of each bead are paired ({@link CorpusPasses#mayPair}) and the
 *       pairs counted in a primitive table, with the first bead where they met; each table is split by key into
 *       one chunk (five arrays) per reducer, each reducer sums its chunks from every partition, and only the
 *       pairs kept ({@link CorpusPasses#keeps}) reach the driver.</li>
 * </ol>
 * No text goes to the driver: it holds the eligible vocabulary, the learned pairs and, when unsure beads are
 * refined by coverage, the token sets of the sample of beads the translation probabilities are learned from
 * (bounded: about two million token pairs however large the corpus). Stateless.
 */
final class AssociationCount {
    /** Bead numbers are packed below the document's index: at most 2^24 observed beads per document. */
    private static final int BEAD_BITS = 24;

    private AssociationCount() {
    }

    /** The associations learned from all first passes (none when the passes do not learn). */
    static CorpusPasses.Learned learn(JavaSparkContext jsc, JavaRDD<FirstRecord> firsts, CorpusPasses passes) {
        if (!passes.learns()) {
            return passes.learned(List.of());
        }
        long beads = firsts.map(f -> f.first() == null ? 0L : (long) f.first().observedBeads()).fold(0L, Long::sum);
        Vocabulary[] vocabularies = vocabularies(firsts, beads);
        Broadcast<Vocabulary[]> shared = jsc.broadcast(vocabularies);
        try {
            int parts = Math.max(1, firsts.getNumPartitions());
            List<Kept> kept = firsts.mapPartitionsToPair(records -> meetings(records, shared.value(), parts))
                    .groupByKey(parts)
                    .flatMap(chunks -> kept(chunks._2(), shared.value()))
                    .collect();
            Vocabulary source = vocabularies[0];
            Vocabulary target = vocabularies[1];
            List<CorpusPasses.Association> associations = new ArrayList<>(kept.size());
            for (Kept k : kept) {
                associations.add(new CorpusPasses.Association(source.token((int) (k.key() / target.size())),
                        target.token((int) (k.key() % target.size())), k.bead() >>> BEAD_BITS,
                        (int) (k.bead() & ((1L << BEAD_BITS) - 1)), k.sourcePosition(), k.targetPosition()));
            }
            if (!passes.options().coverage()) {
                return passes.learned(associations);
            }
            List<Tuple2<long[], long[]>> chosen = chosenBeads(firsts);
            return passes.learned(associations, chosen.stream().map(Tuple2::_1).toList(),
                    chosen.stream().map(Tuple2::_2).toList());
        } finally {
            shared.destroy();
        }
    }

    /**
     * The observed beads that the translation probabilities are learned from ({@link CorpusPasses#trainsOn}: a
     * bounded sample), their source and target tokens, in the order of the documents and their beads.
     */
    private static List<Tuple2<long[], long[]>> chosenBeads(JavaRDD<FirstRecord> firsts) {
        long total = firsts.map(AssociationCount::tokenPairs).fold(0L, Long::sum);
        return firsts.flatMap(f -> {
            List<Tuple2<long[], long[]>> out = new ArrayList<>();
            if (f.first() != null) {
                for (int b = 0; b < f.first().observedBeads(); b++) {
                    if (CorpusPasses.trainsOn(f.first().sourceTokens(b), f.first().targetTokens(b), total)) {
                        out.add(new Tuple2<>(f.first().sourceTokens(b), f.first().targetTokens(b)));
                    }
                }
            }
            return out.iterator();
        }).collect();
    }

    private static long tokenPairs(FirstRecord f) {
        long sum = 0;
        if (f.first() != null) {
            for (int b = 0; b < f.first().observedBeads(); b++) {
                sum += CorpusPasses.tokenPairs(f.first().sourceTokens(b), f.first().targetTokens(b));
            }
        }
        return sum;
    }

    /** Both sides' eligible tokens and their counts, source first, counted in one round. */
    private static Vocabulary[] vocabularies(JavaRDD<FirstRecord> firsts, long beads) {
        List<Tuple2<Tuple2<Boolean, Long>, Long>> eligible = firsts.mapPartitionsToPair(AssociationCount::counts)
                .reduceByKey(Long::sum)
                .filter(c -> CorpusPasses.eligible(c._2(), beads))
                .collect();
        List<Tuple2<Long, Long>> source = new ArrayList<>();
        List<Tuple2<Long, Long>> target = new ArrayList<>();
        for (Tuple2<Tuple2<Boolean, Long>, Long> e : eligible) {
            (e._1()._1() ? source : target).add(new Tuple2<>(e._1()._2(), e._2()));
        }
        return new Vocabulary[] {Vocabulary.of(source), Vocabulary.of(target)};
    }

    /** The partition's token counts, keyed by side (true: source) and token. */
    private static Iterator<Tuple2<Tuple2<Boolean, Long>, Long>> counts(Iterator<FirstRecord> records) {
        List<Map<Long, long[]>> counts = List.of(new HashMap<>(), new HashMap<>());
        while (records.hasNext()) {
            FirstRecord f = records.next();
            if (f.first() == null) {
                continue;
            }
            for (int b = 0; b < f.first().observedBeads(); b++) {
                for (long t : f.first().sourceTokens(b)) {
                    counts.get(0).computeIfAbsent(t, k -> new long[1])[0]++;
                }
                for (long t : f.first().targetTokens(b)) {
                    counts.get(1).computeIfAbsent(t, k -> new long[1])[0]++;
                }
            }
        }
        List<Tuple2<Tuple2<Boolean, Long>, Long>> out = new ArrayList<>(counts.get(0).size() + counts.get(1).size());
        counts.get(0).forEach((t, c) -> out.add(new Tuple2<>(new Tuple2<>(true, t), c[0])));
        counts.get(1).forEach((t, c) -> out.add(new Tuple2<>(new Tuple2<>(false, t), c[0])));
        return out.iterator();
    }

    /**
     * A kept pair: its key (source id times the target vocabulary's size plus target id), the first bead where
     * its tokens met (document and bead packed) and their positions there.
     *
     * @param key            the pair's key
     * @param bead           the first bead
     * @param sourcePosition the source token's position in that bead
     * @param targetPosition the target token's position there
     */
    record Kept(long key, long bead, int sourcePosition, int targetPosition) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The pairs of one reducer's chunks (from every partition), summed, that are kept. */
    private static Iterator<Kept> kept(Iterable<PairTable.Chunk> chunks, Vocabulary[] vocabularies) {
        PairTable all = new PairTable();
        chunks.forEach(all::addAll);
        List<Kept> out = new ArrayList<>();
        all.forEach((key, times, bead, sp, tp) -> {
            if (keeps(key, times, vocabularies)) {
                out.add(new Kept(key, bead, sp, tp));
            }
        });
        return out.iterator();
    }

    /** The partition's pairs of eligible tokens met in a bead, summed, in one chunk per reducer. */
    private static Iterator<Tuple2<Integer, PairTable.Chunk>> meetings(Iterator<FirstRecord> records,
                                                                       Vocabulary[] vocabularies, int parts) {
        Vocabulary source = vocabularies[0];
        Vocabulary target = vocabularies[1];
        PairTable table = new PairTable();
        int[] sourceIds = new int[64];
        int[] sourceAt = new int[64];
        int[] targetIds = new int[64];
        int[] targetAt = new int[64];
        while (records.hasNext()) {
            FirstRecord f = records.next();
            if (f.first() == null) {
                continue;
            }
            int n = f.first().observedBeads();
            if (n >= 1 << BEAD_BITS || f.row().index() >= 1L << (63 - BEAD_BITS)) {
                throw new IllegalStateException(f.row().id() + ": too many beads to count (" + n + ")");
            }
            for (int b = 0; b < n; b++) {
                long bead = f.row().index() << BEAD_BITS | b;
                long[] s = f.first().sourceTokens(b);
                long[] t = f.first().targetTokens(b);
                if (s.length > sourceIds.length || t.length > targetIds.length) {
                    int size = Math.max(s.length, t.length) * 2;
                    sourceIds = new int[size];
                    sourceAt = new int[size];
                    targetIds = new int[size];
                    targetAt = new int[size];
                }
                int ns = eligible(s, source, sourceIds, sourceAt);
                int nt = eligible(t, target, targetIds, targetAt);
                for (int i = 0; i < ns; i++) {
                    long cs = source.count(sourceIds[i]);
                    for (int j = 0; j < nt; j++) {
                        if (CorpusPasses.mayPair(cs, target.count(targetIds[j]))) {
                            table.add((long) sourceIds[i] * target.size() + targetIds[j], bead, sourceAt[i], targetAt[j]);
                        }
                    }
                }
            }
        }
        PairTable.Chunk[] chunks = table.split(parts);
        List<Tuple2<Integer, PairTable.Chunk>> out = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            out.add(new Tuple2<>(p, chunks[p]));
        }
        return out.iterator();
    }

    /** Writes the ids and positions of the eligible tokens of {@code tokens}; returns how many. */
    private static int eligible(long[] tokens, Vocabulary vocabulary, int[] ids, int[] positions) {
        int n = 0;
        for (int i = 0; i < tokens.length; i++) {
            int id = vocabulary.id(tokens[i]);
            if (id >= 0) {
                ids[n] = id;
                positions[n++] = i;
            }
        }
        return n;
    }

    /** Whether pair {@code key}, met {@code times} times, is learned. */
    private static boolean keeps(long key, long times, Vocabulary[] vocabularies) {
        Vocabulary target = vocabularies[1];
        long cs = vocabularies[0].count((int) (key / target.size()));
        long ct = target.count((int) (key % target.size()));
        return CorpusPasses.keeps(times, cs, ct);
    }
}
