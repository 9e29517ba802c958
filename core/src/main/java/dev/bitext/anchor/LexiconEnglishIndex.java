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
 * Immutable and thread-safe.
 */
final class LexiconEnglishIndex {
    private static final int[] NONE = new int[0];
    private final Set<String> vocabulary;
    private final Map<String, int[]> single;
    private final Map<String, List<Phrase>> phrases;

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
        String[] lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            lemmas[i] = lemma(tokens.get(i));
        }
        for (int i = 0; i < n; i++) {
            out.addAll(single.getOrDefault(lemmas[i], NONE));
            String irregular = EnglishStemmer.irregular(tokens.get(i));
            if (irregular != null && !irregular.equals(lemmas[i])) {
                out.addAll(single.getOrDefault(irregular, NONE));
            }
            List<Phrase> starting = phrases.get(lemmas[i]);
            if (starting != null) {
                for (Phrase p : starting) {
                    if (matches(p.rest(), lemmas, i + 1)) {
                        out.addAll(p.ids());
                    }
                }
            }
        }
    }

    private static boolean matches(String[] rest, String[] lemmas, int from) {
        if (from + rest.length > lemmas.length) {
            return false;
        }
        for (int j = 0; j < rest.length; j++) {
            if (!rest[j].equals(lemmas[from + j])) {
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
