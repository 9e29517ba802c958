package dev.bitext.align;

import dev.bitext.Language;

/** Finds evidence items in a sentence. Implementations are immutable and thread-safe. */
interface ItemSource {
    /** Reports the items of {@code text}, written in {@code language}, to {@code sink}. */
    void items(String text, Language language, ItemSink sink);
}
