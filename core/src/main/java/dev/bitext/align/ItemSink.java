package dev.bitext.align;

/** Receives the evidence items of one sentence. */
interface ItemSink {
    /**
     * One item: matched in a sentence of the other side when that sentence holds any of the
     * {@code alternatives} keys. The array is not retained.
     */
    void item(EvidenceKind kind, long[] alternatives);

    /**
     * A key that items of the other side can find, but that is no evidence on its own (a Chinese
     * character string whose pinyin may be an English name).
     */
    void key(long key);

    /** One item whose alternatives are {@code alternatives[0, count)}; nothing when count is 0. Not retained. */
    default void item(EvidenceKind kind, long[] alternatives, int count) {
        if (count > 0) {
            item(kind, java.util.Arrays.copyOf(alternatives, count));
        }
    }

    /** One item with a single key. */
    default void item(EvidenceKind kind, long key) {
        item(kind, new long[] {key});
    }
}
