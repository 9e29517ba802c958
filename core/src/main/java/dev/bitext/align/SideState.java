package dev.bitext.align;

import dev.bitext.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** What the search keeps about one side of a document pair between passes. Not thread-safe. */
final class SideState {
    /** Sentences per parallel task. */
    private static final int CHUNK = 64;
    final Document document;
    final Lengths lengths;
    final List<SentenceItems> items;
    final List<long[]> tokens;

    /**
     * Extracts the items of every sentence; look-up-only keys that {@code otherKeys} rules out are dropped
     * (none when it is null). {@code interruption} is checked before each chunk of sentences.
     */
    SideState(Document document, List<ItemSource> sources, boolean useTimes, boolean keepTokens,
              KeyFilter otherKeys, Interruption interruption) {
        this.document = document;
        this.lengths = Lengths.of(document);
        // Sentences are independent: extracted in parallel chunks (the sources are thread-safe), stored in
        // order; each chunk reuses one builder, whose buffers then stop growing after the first sentences.
        int n = document.size();
        SentenceItems[] found = new SentenceItems[n];
        long[][] tok = new long[keepTokens ? n : 0][];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            interruption.check();
            SentenceItems.Builder b = new SentenceItems.Builder(otherKeys);
            long[] timeKeys = TimeItems.buffer();
            for (int k = chunk * CHUNK; k < Math.min(n, (chunk + 1) * CHUNK); k++) {
                String text = document.sentence(k).text();
                b.clear();
                if (useTimes) {
                    // first, so that the item is never beyond the items a sentence is weighed on
                    TimeItems.add(document.cueTimes(), k, b, timeKeys);
                }
                for (ItemSource src : sources) {
                    src.items(text, document.language(), b);
                }
                found[k] = b.build();
                if (keepTokens) {
                    tok[k] = Tokens.of(text);
                }
            }
        });
        this.items = new ArrayList<>(Arrays.asList(found));
        this.tokens = keepTokens ? Arrays.asList(tok) : List.of();
    }

    int size() {
        return document.size();
    }

    /** Adds learned items (source side when {@code source}) to every sentence. */
    void addLearned(LearnedLexicon lexicon, boolean source) {
        IntStream.range(0, items.size()).parallel().forEach(k -> {
            SentenceItems.Builder b = new SentenceItems.Builder();
            if (source) {
                lexicon.sourceItems(tokens.get(k), b);
            } else {
                lexicon.targetItems(tokens.get(k), b);
            }
            SentenceItems learned = b.build();
            if (learned != SentenceItems.EMPTY) {
                // the sentence's own items first, as before, then the learned ones
                items.set(k, b.clear().addAll(items.get(k)).addAll(learned).build());
            }
        });
    }
}
