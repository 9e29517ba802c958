package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the English keys of a lexicon in a sentence. Words are reduced to a lemma that depends on the
 * lexicon's vocabulary (its one-word keys): a word the vocabulary holds stays as it is; otherwise its
 * first {@link EnglishStemmer#candidates candidate} base form the vocabulary holds; otherwise the best
 * guess {@link EnglishStemmer#stem}.
 * The same reduction applies to the words of multi-word keys, which match on consecutive lemmas. A word
 * the vocabulary holds whose irregular base form it also holds ("left", "leave") matches both.
 * Thread-safe: immutable but for a bounded concurrent cache of resolved words.
 */
final class LexiconEnglishIndex {
    private static final int[] NONE = new int[0];
    private static final int CACHE_LIMIT = 200_000;
    private final Set<String> vocabulary;
    private final Map<String, int[]> single;
    private final Map<String, List<Phrase>> phrases;
    /** What each word seen so far resolves to; bounded, so memory stays small on any input. */
    private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();

    /** A resolved word: its lemma, the ids of one-word keys it matches and the phrases starting with it. */
    private record Word(String lemma, int[] ids, List<Phrase> phrases) {
    }

    /** One multi-word key: the lemmas after the first, and the ids of its pairs. */
    private record Phrase(String[] rest, int[] ids) {
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
        phrases = new HashMap<>();
        phraseIds.forEach((k, ids) -> {
            String[] words = k.split(" ");
            String[] rest = new String[words.length - 1];
            for (int i = 1; i < words.length; i++) {
                rest[i - 1] = lemma(words[i]);
            }
            phrases.computeIfAbsent(lemma(words[0]), w -> new ArrayList<>()).add(new Phrase(rest, toArray(ids)));
        });
    }

    /** Adds to {@code out} the ids of every key occurring in {@code sentence}. */
    void collect(CharSequence sentence, LexiconIds out) {
        List<String> tokens = EnglishTokens.of(sentence);
        int n = tokens.size();
        Word[] resolved = new Word[n];
        for (int i = 0; i < n; i++) {
            resolved[i] = word(tokens.get(i));
        }
        for (int i = 0; i < n; i++) {
            out.addAll(resolved[i].ids());
            for (Phrase p : resolved[i].phrases()) {
                if (matches(p.rest(), resolved, i + 1)) {
                    out.addAll(p.ids());
                }
            }
        }
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            w = resolve(token);
            if (words.size() < CACHE_LIMIT) {
                words.putIfAbsent(token, w);
            }
        }
        return w;
    }

    private Word resolve(String token) {
        String lemma = lemma(token);
        int[] ids = single.getOrDefault(lemma, NONE);
        String irregular = EnglishStemmer.irregular(token);
        if (irregular != null && !irregular.equals(lemma) && single.containsKey(irregular)) {
            LexiconIds both = new LexiconIds();
            both.addAll(ids);
            both.addAll(single.get(irregular));
            ids = both.sortedDistinct();
        }
        return new Word(lemma, ids, phrases.getOrDefault(lemma, List.of()));
    }

    private static boolean matches(String[] rest, Word[] words, int from) {
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
