package dev.bitext.align;

import dev.bitext.Language;
import dev.bitext.anchor.Lexicon;

/**
 * Lexicon hits as evidence items: one item per English word (on the English side) or per Chinese word
 * (on the Chinese side) that the lexicon knows, matched when the other sentence holds any of its
 * translations. Immutable and thread-safe.
 */
final class LexiconItems implements ItemSource {
    private static final long SALT = 0x1B873593L;
    private final Lexicon lexicon;

    LexiconItems(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void items(String text, Language language, ItemSink sink) {
        long[][] buffer = {new long[8]};
        lexicon.forEachWord(text, language, (ids, count) -> {
            if (buffer[0].length < count) {
                buffer[0] = new long[count];
            }
            long[] alts = buffer[0];
            for (int k = 0; k < count; k++) {
                alts[k] = key(ids[k]);
            }
            sink.item(EvidenceKind.LEXICON, alts, count);
        });
    }

    /** The item key of a lexicon pair id. */
    static long key(int id) {
        return Tokens.mix(id ^ (SALT << 32));
    }
}
