package dev.bitext.anchor;

import dev.bitext.internal.HashKeySort;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Receives the anchors found in one sentence, either as readable text or as keys.
 *
 * <p>Not thread-safe: one sink per extraction.
 */
abstract class AnchorSink {
    /** Adds a readable anchor such as {@code "num:24"}. */
    abstract void add(String anchor);

    /**
     * Whether this sink keeps readable text; when false, sources may call {@link #addKey} with a
     * key built by {@link AnchorHash} instead of building the text.
     */
    abstract boolean keepsText();

    /** Adds an anchor by its key; only valid when {@link #keepsText()} is false. */
    abstract void addKey(long key);

    /** A sink collecting keys. */
    static final class Keys extends AnchorSink {
        private long[] keys = new long[16];
        private int size;

        @Override
        void add(String anchor) {
            addKey(AnchorHash.of(anchor));
        }

        @Override
        boolean keepsText() {
            return false;
        }

        @Override
        void addKey(long key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        /** The sorted distinct keys added so far. */
        long[] sortedDistinct() {
            return Arrays.copyOf(keys, sortDistinct());
        }

        /** Passes the sorted distinct keys added so far to {@code consumer}, ascending. */
        void forEachSortedDistinct(java.util.function.LongConsumer consumer) {
            int n = sortDistinct();
            for (int i = 0; i < n; i++) {
                consumer.accept(keys[i]);
            }
        }

        /** Forgets the keys added so far. */
        void clear() {
            size = 0;
        }

        /** Sorts the keys and moves the distinct ones to the front; returns their number. */
        private int sortDistinct() {
            size = HashKeySort.sortDistinct(keys, size);
            return size;
        }
    }

    /** A sink collecting readable anchors. */
    static final class Texts extends AnchorSink {
        private final TreeSet<String> anchors = new TreeSet<>();

        @Override
        void add(String anchor) {
            anchors.add(anchor);
        }

        @Override
        boolean keepsText() {
            return true;
        }

        @Override
        void addKey(long key) {
            throw new IllegalStateException("a text sink takes readable anchors only");
        }

        /** The sorted distinct anchors added so far. */
        List<String> sorted() {
            return List.copyOf(anchors);
        }
    }
}
