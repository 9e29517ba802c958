package dev.bitext.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import scala.Tuple2;

/**
 * The tokens of one side that may be learned, with their counts, as dense ids: sorted token keys and their
 * counts in two arrays (16 bytes a token). Broadcast to the executors. Immutable.
 */
final class Vocabulary implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long[] tokens;
    private final long[] counts;

    private Vocabulary(long[] tokens, long[] counts) {
        this.tokens = tokens;
        this.counts = counts;
    }

    /** The vocabulary of these (token, count) pairs, in any order, each token once. */
    static Vocabulary of(List<Tuple2<Long, Long>> entries) {
        long[][] sorted = entries.stream().map(e -> new long[] {e._1(), e._2()})
                .sorted((a, b) -> Long.compare(a[0], b[0])).toArray(long[][]::new);
        long[] tokens = new long[sorted.length];
        long[] counts = new long[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            tokens[k] = sorted[k][0];
            counts[k] = sorted[k][1];
        }
        return new Vocabulary(tokens, counts);
    }

    /** {@return the id of {@code token}, or -1 when it is not in the vocabulary} */
    int id(long token) {
        int at = Arrays.binarySearch(tokens, token);
        return at >= 0 ? at : -1;
    }

    /** {@return the number of tokens} */
    int size() {
        return tokens.length;
    }

    /** {@return the token key of {@code id}} */
    long token(int id) {
        return tokens[id];
    }

    /** {@return how often token {@code id} was met} */
    long count(int id) {
        return counts[id];
    }
}
