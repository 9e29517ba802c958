package dev.bitext.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence items of one sentence: for each item its kind and alternative keys, and the sorted
 * union of all keys for look-ups from the other side. Immutable after {@link Builder#build()}.
 */
final class SentenceItems {
    static final SentenceItems EMPTY = new SentenceItems(new long[0], new long[0][], new EvidenceKind[0]);

    private final long[] keys;
    /** Built on first use (only some callers need constant-time look-ups); idempotent, so races are benign. */
    private KeySet keySet;
    private final long[][] alternatives;
    private final EvidenceKind[] kinds;

    private SentenceItems(long[] keys, long[][] alternatives, EvidenceKind[] kinds) {
        this.keys = keys;
        this.alternatives = alternatives;
        this.kinds = kinds;
    }

    int size() {
        return kinds.length;
    }

    EvidenceKind kind(int item) {
        return kinds[item];
    }

    long[] alternatives(int item) {
        return alternatives[item];
    }

    /** The sorted distinct keys of all items. */
    long[] keys() {
        return keys;
    }


    /** Whether {@code other} holds any alternative key of item {@code item}. */
    boolean matchedIn(int item, SentenceItems other) {
        if (other.keys.length == 0) {
            return false;
        }
        KeySet set = other.keySet;
        if (set == null) {
            set = new KeySet(other.keys);
            other.keySet = set;
        }
        for (long k : alternatives[item]) {
            if (set.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Collects items; not thread-safe. */
    static final class Builder implements ItemSink {
        private final List<long[]> alternatives = new ArrayList<>();
        private final List<EvidenceKind> kinds = new ArrayList<>();
        private final List<long[]> lookupOnly = new ArrayList<>();

        @Override
        public void key(long key) {
            lookupOnly.add(new long[] {key});
        }

        @Override
        public void item(EvidenceKind kind, long[] alts) {
            if (alts.length > 0) {
                alternatives.add(alts.clone());
                kinds.add(kind);
            }
        }

        /** Adds all items of another sentence's items (used to extend with learned items). */
        Builder addAll(SentenceItems items) {
            for (int k = 0; k < items.size(); k++) {
                item(items.kind(k), items.alternatives(k));
            }
            lookupOnly.add(items.keys());
            return this;
        }

        SentenceItems build() {
            if (kinds.isEmpty() && lookupOnly.isEmpty()) {
                return EMPTY;
            }
            List<long[]> all = new ArrayList<>(alternatives);
            all.addAll(lookupOnly);
            return new SentenceItems(SortedKeys.union(all), alternatives.toArray(new long[0][]),
                    kinds.toArray(new EvidenceKind[0]));
        }
    }
}
