package dev.bitext.align;

import dev.bitext.Document;
import java.util.ArrayList;
import java.util.List;

/** What the search keeps about one side of a document pair between passes. Not thread-safe. */
final class SideState {
    final Document document;
    final Lengths lengths;
    final List<SentenceItems> items;
    final List<long[]> tokens;

    SideState(Document document, List<ItemSource> sources, boolean keepTokens) {
        this.document = document;
        this.lengths = Lengths.of(document);
        this.items = new ArrayList<>(document.size());
        this.tokens = keepTokens ? new ArrayList<>(document.size()) : List.of();
        for (int k = 0; k < document.size(); k++) {
            String text = document.sentence(k).text();
            SentenceItems.Builder b = new SentenceItems.Builder();
            for (ItemSource src : sources) {
                src.items(text, document.language(), b);
            }
            items.add(b.build());
            if (keepTokens) {
                tokens.add(Tokens.of(text));
            }
        }
    }

    int size() {
        return document.size();
    }

    /** Adds learned items (source side when {@code source}) to every sentence. */
    void addLearned(LearnedLexicon lexicon, boolean source) {
        for (int k = 0; k < items.size(); k++) {
            SentenceItems.Builder b = new SentenceItems.Builder().addAll(items.get(k));
            if (source) {
                lexicon.sourceItems(tokens.get(k), b);
            } else {
                lexicon.targetItems(tokens.get(k), b);
            }
            items.set(k, b.build());
        }
    }
}
