package dev.bitext.align;

import dev.bitext.Language;
import dev.bitext.anchor.Lexicon;
import java.util.LinkedHashMap;
import java.util.Map;

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
        boolean english = language == Language.ENGLISH;
        int[] ids = english ? lexicon.englishIds(text) : lexicon.chineseIds(text);
        if (ids.length == 0) {
            return;
        }
        Map<String, long[]> byWord = new LinkedHashMap<>();
        for (int id : ids) {
            String word = english ? lexicon.english(id) : lexicon.chinese(id);
            long key = Tokens.mix(id ^ (SALT << 32));
            byWord.merge(word, new long[] {key}, LexiconItems::concat);
        }
        for (long[] alts : byWord.values()) {
            sink.item(EvidenceKind.LEXICON, alts);
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
