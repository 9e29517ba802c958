package dev.bitext.align;

import java.util.Arrays;

/**
 * The evidence items of one sentence: for each item its kind and alternative keys, and the sorted
 * union of all keys for look-ups from the other side. The alternatives of all items sit in one array
 * (a handful of objects per sentence, whatever its number of items). Immutable after {@link Builder#build()}.
 */
final class SentenceItems {
    static final SentenceItems EMPTY = new SentenceItems(new long[0], new long[0], new int[1], new EvidenceKind[0]);

    private final long[] keys;
    /** The alternatives of item k: {@code alternatives[bounds[k]..bounds[k + 1])}. */
    private final long[] alternatives;
    private final int[] bounds;
    private final EvidenceKind[] kinds;

    private SentenceItems(long[] keys, long[] alternatives, int[] bounds, EvidenceKind[] kinds) {
        this.keys = keys;
        this.alternatives = alternatives;
        this.bounds = bounds;
        this.kinds = kinds;
    }

    int size() {
        return kinds.length;
    }

    EvidenceKind kind(int item) {
        return kinds[item];
    }

    /** Where the alternatives of {@code item} start in {@link #alternative(int)}'s numbering. */
    int from(int item) {
        return bounds[item];
    }

    /** Where the alternatives of {@code item} end (exclusive). */
    int to(int item) {
        return bounds[item + 1];
    }

    /** The number of alternatives of all items together. */
    int alternativeCount() {
        return alternatives.length;
    }

    /** Alternative number {@code x} (see {@link #from}). */
    long alternative(int x) {
        return alternatives[x];
    }

    /** The sorted distinct keys of all items. */
    long[] keys() {
        return keys;
    }

    /**
     * Collects items into flat growable buffers (no array per key or per item until {@link #build()});
     * not thread-safe.
     */
    static final class Builder implements ItemSink {
        private final KeyBuffer itemKeys = new KeyBuffer();
        private final KeyBuffer lookupOnly = new KeyBuffer();
        /** When not null, look-up-only keys it rules out are dropped. */
        private final KeyFilter lookupFilter;
        /** For each item, the end of its alternatives in {@link #itemKeys}. */
        private int[] ends = new int[8];
        private EvidenceKind[] kinds = new EvidenceKind[8];
        private int items;

        /** A builder keeping every key. */
        Builder() {
            this(null);
        }

        /**
         * A builder that keeps only the look-up-only keys {@code lookupFilter} may contain (the other side's
         * keys: a key it lacks can never be looked up); all keys when null.
         */
        Builder(KeyFilter lookupFilter) {
            this.lookupFilter = lookupFilter;
        }

        @Override
        public void key(long key) {
            if (lookupFilter == null || lookupFilter.mayContain(key)) {
                lookupOnly.add(key);
            }
        }

        @Override
        public void item(EvidenceKind kind, long[] alts) {
            item(kind, alts, alts.length);
        }

        @Override
        public void item(EvidenceKind kind, long key) {
            itemKeys.add(key);
            endItem(kind);
        }

        @Override
        public void item(EvidenceKind kind, long[] alts, int count) {
            if (count > 0) {
                itemKeys.addAll(alts, 0, count);
                endItem(kind);
            }
        }

        /** Closes an item of {@code kind} whose alternatives are the keys added since the previous item. */
        private void endItem(EvidenceKind kind) {
            if (items == kinds.length) {
                kinds = Arrays.copyOf(kinds, items * 2);
                ends = Arrays.copyOf(ends, items * 2);
            }
            kinds[items] = kind;
            ends[items++] = itemKeys.size();
        }

        /** Forgets everything added so far, keeping the buffers; returns this builder. */
        Builder clear() {
            itemKeys.clear();
            lookupOnly.clear();
            items = 0;
            return this;
        }

        /** Adds all items of another sentence's items (used to extend with learned items). */
        Builder addAll(SentenceItems other) {
            for (int k = 0; k < other.size(); k++) {
                itemKeys.addAll(other.alternatives, other.from(k), other.to(k));
                endItem(other.kind(k));
            }
            long[] keys = other.keys();
            lookupOnly.addAll(keys, 0, keys.length);
            return this;
        }

        /** The items added since the last {@link #clear()}; the builder must be cleared before its next use. */
        SentenceItems build() {
            if (items == 0 && lookupOnly.size() == 0) {
                return EMPTY;
            }
            long[] alternatives = itemKeys.copy(0, items == 0 ? 0 : ends[items - 1]);
            int[] bounds = new int[items + 1];
            System.arraycopy(ends, 0, bounds, 1, items);
            itemKeys.sortDistinct();
            lookupOnly.sortDistinct();
            long[] keys = KeyBuffer.union(itemKeys, lookupOnly);
            return new SentenceItems(keys, alternatives, bounds, Arrays.copyOf(kinds, items));
        }
    }
}
