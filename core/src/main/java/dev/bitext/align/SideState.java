package dev.bitext.align;

import dev.bitext.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** What the search keeps about one side of a document pair between passes. Not thread-safe. */
final class SideState {
    final Document document;
    final Lengths lengths;
    final List<SentenceItems> items;
    final List<long[]> tokens;

    SideState(Document document, List<ItemSource> sources, boolean keepTokens) {
        this.document = document;
        this.lengths = Lengths.of(document);
        // Sentences are independent: extracted in parallel (the sources are thread-safe), stored in order.
        SentenceItems[] found = new SentenceItems[document.size()];
        long[][] tok = new long[keepTokens ? document.size() : 0][];
        IntStream.range(0, document.size()).parallel().forEach(k -> {
            String text = document.sentence(k).text();
            SentenceItems.Builder b = new SentenceItems.Builder();
            for (ItemSource src : sources) {
                src.items(text, document.language(), b);
            }
            found[k] = b.build();
            if (keepTokens) {
                tok[k] = Tokens.of(text);
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
            SentenceItems.Builder b = new SentenceItems.Builder().addAll(items.get(k));
            if (source) {
                lexicon.sourceItems(tokens.get(k), b);
            } else {
                lexicon.targetItems(tokens.get(k), b);
            }
            items.set(k, b.build());
        });
    }
}
