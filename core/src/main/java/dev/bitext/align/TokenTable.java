package dev.bitext.align;

import java.util.Arrays;

/**
 * Maps 64-bit token keys to the keys of their learned items, without boxing. Immutable once built;
 * safe for concurrent reads.
 */
final class TokenTable implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final TokenTable EMPTY = new Builder(0).build();

    private final LongIntMap rowOf;
    private final long[][] rows;

    private TokenTable(LongIntMap rowOf, long[][] rows) {
        this.rowOf = rowOf;
        this.rows = rows;
    }

    /** The item keys of {@code token} (not to be modified), or {@code null} when it has none. */
    long[] get(long token) {
        int row = rowOf.get(token, -1);
        return row < 0 ? null : rows[row];
    }

    /** Reports a {@link EvidenceKind#LEARNED} item for each token that has item keys, in token order. */
    void items(long[] tokens, ItemSink sink) {
        for (long token : tokens) {
            int row = rowOf.get(token, -1);
            if (row >= 0) {
                sink.item(EvidenceKind.LEARNED, rows[row]);
            }
        }
    }

    /** Collects item keys token by token, each token's keys in the order added. Not thread-safe. */
    static final class Builder {
        private final LongIntMap rowOf;
        private long[][] rows = new long[16][];
        private int[] lengths = new int[16];
        private int size;

        /** A builder sized for about {@code expected} tokens. */
        Builder(int expected) {
            rowOf = new LongIntMap(Math.max(16, expected));
        }

        /** Appends {@code itemKey} to the keys of {@code token}. */
        Builder add(long token, long itemKey) {
            int row = rowOf.getOrPut(token, size);
            if (row == size) {
                if (size == rows.length) {
                    rows = Arrays.copyOf(rows, size * 2);
                    lengths = Arrays.copyOf(lengths, size * 2);
                }
                rows[size++] = new long[2];
            }
            long[] keys = rows[row];
            if (lengths[row] == keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
                rows[row] = keys;
            }
            keys[lengths[row]++] = itemKey;
            return this;
        }

        /** The table; the builder must not be used afterwards. */
        TokenTable build() {
            long[][] out = new long[size][];
            for (int r = 0; r < size; r++) {
                out[r] = Arrays.copyOf(rows[r], lengths[r]);
            }
            return new TokenTable(rowOf, out);
        }
    }
}
