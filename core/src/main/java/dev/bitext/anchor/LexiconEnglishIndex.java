package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the English keys of a lexicon in a sentence. Words are reduced to a lemma that depends on the
 * lexicon's vocabulary (its one-word keys): a word the vocabulary holds stays as it is; otherwise its
 * first {@link EnglishStemmer#candidates candidate} base form the vocabulary holds; otherwise the best
 * guess {@link EnglishStemmer#stem}.
 * The same reduction applies to the words of multi-word keys, which match on consecutive lemmas. A word
 * the vocabulary holds whose irregular base form it also holds ("left", "leave") matches both.
 * Thread-safe: immutable but for a bounded, lossy cache of resolved words ({@link LexiconWordCache}).
 */
final class LexiconEnglishIndex {
    private static final int[] NONE = new int[0];
    private static final Phrase[] NO_PHRASES = new Phrase[0];
    private final Set<String> vocabulary;
    private final Map<String, int[]> single;
    private final Map<String, Phrase[]> phrases;
    /** What words seen so far resolve to; bounded, so memory stays small on any input. */
    private final LexiconWordCache words = new LexiconWordCache();

    /** One multi-word key: the lemmas after the first, and the ids of its pairs. */
    record Phrase(String[] rest, int[] ids) {
    }

    /** An index where {@code keys[id]} is the normalised English key (words joined by one space) of pair id. */
    LexiconEnglishIndex(String[] keys) {
        Map<String, List<Integer>> singleIds = new HashMap<>();
        Map<String, List<Integer>> phraseIds = new HashMap<>();
        for (int id = 0; id < keys.length; id++) {
            (keys[id].indexOf(' ') < 0 ? singleIds : phraseIds)
                    .computeIfAbsent(keys[id], k -> new ArrayList<>()).add(id);
        }
        vocabulary = Set.copyOf(singleIds.keySet());
        single = new HashMap<>();
        singleIds.forEach((k, ids) -> single.put(k, toArray(ids)));
        Map<String, List<Phrase>> phraseLists = new HashMap<>();
        phraseIds.forEach((k, ids) -> {
            String[] words = k.split(" ");
            String[] rest = new String[words.length - 1];
            for (int i = 1; i < words.length; i++) {
                rest[i - 1] = lemma(words[i]);
            }
            phraseLists.computeIfAbsent(lemma(words[0]), w -> new ArrayList<>()).add(new Phrase(rest, toArray(ids)));
        });
        phrases = new HashMap<>();
        phraseLists.forEach((k, list) -> phrases.put(k, list.toArray(NO_PHRASES)));
    }

    /** Adds to {@code out} the ids of every key occurring in {@code sentence}. */
    void collect(CharSequence sentence, LexiconIds out) {
        EnglishTokens.Spans tokens = EnglishTokens.spans(sentence);
        int n = tokens.count;
        LexiconWordCache.Word[] resolved = new LexiconWordCache.Word[n];
        for (int i = 0; i < n; i++) {
            resolved[i] = word(tokens, i);
        }
        for (int i = 0; i < n; i++) {
            if (resolved[i].ids() != NONE) {
                out.addAll(resolved[i].ids());
            }
            for (Phrase p : resolved[i].phrases()) {
                if (matches(p.rest(), resolved, i + 1)) {
                    out.addAll(p.ids());
                }
            }
        }
    }

    private LexiconWordCache.Word word(EnglishTokens.Spans tokens, int k) {
        int from = tokens.starts[k];
        int to = tokens.ends[k];
        long key = LexiconWordCache.key(tokens.chars, from, to);
        LexiconWordCache.Word w = words.get(tokens.chars, from, to, key);
        if (w == null) {
            w = resolve(tokens.token(k), key, LexiconWordCache.spelling(tokens.chars, from, to));
            words.put(w);
        }
        return w;
    }

    private LexiconWordCache.Word resolve(String token, long key, char[] spelling) {
        String lemma = lemma(token);
        int[] ids = single.getOrDefault(lemma, NONE);
        String irregular = EnglishStemmer.irregular(token);
        if (irregular != null && !irregular.equals(lemma) && single.containsKey(irregular)) {
            LexiconIds both = new LexiconIds();
            both.addAll(ids);
            both.addAll(single.get(irregular));
            ids = both.sortedDistinct();
        }
        return new LexiconWordCache.Word(key, spelling, lemma, ids.length == 0 ? NONE : ids,
                phrases.getOrDefault(lemma, NO_PHRASES));
    }

    private static boolean matches(String[] rest, LexiconWordCache.Word[] words, int from) {
        if (from + rest.length > words.length) {
            return false;
        }
        for (int j = 0; j < rest.length; j++) {
            if (!rest[j].equals(words[from + j].lemma())) {
                return false;
            }
        }
        return true;
    }

    private String lemma(String word) {
        if (vocabulary.contains(word)) {
            return word;
        }
        List<String> candidates = EnglishStemmer.candidates(word);
        for (String c : candidates) {
            if (vocabulary.contains(c)) {
                return c;
            }
        }
        return candidates.isEmpty() ? word : candidates.get(0);
    }

    private static int[] toArray(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
