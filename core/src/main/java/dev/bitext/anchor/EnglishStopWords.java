package dev.bitext.anchor;

import java.util.Set;

/**
 * English function words: articles, pronouns, auxiliaries, prepositions, conjunctions and the like.
 * They carry no evidence that two sentences translate each other, so dictionary glosses made only of
 * them are dropped. Immutable and thread-safe.
 */
final class EnglishStopWords {
    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "into", "onto", "upon", "about", "as", "than", "and", "or", "but", "nor", "if",
            "so", "because", "while", "though", "although", "whether", "i", "me", "my", "mine", "myself",
            "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "we", "us", "our", "ours", "ourselves", "they", "them",
            "their", "theirs", "themselves", "one", "oneself", "who", "whom", "whose", "which", "what",
            "be", "is", "am", "are", "was", "were", "been", "being", "do", "does", "did", "have", "has",
            "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
            "no", "yes", "there", "here", "then", "some", "any", "each", "every", "all", "both",
            "either", "neither", "such", "very", "too", "also", "just", "only", "etc", "s", "t", "o",
            "sb", "sth", "something", "someone", "somebody", "up", "out", "off", "over");

    private EnglishStopWords() {
    }

    /** Whether {@code token}, a lowercase word, is a function word. */
    static boolean contains(String token) {
        return WORDS.contains(token);
    }

    /** Whether every token of a list is a function word (true for an empty list). */
    static boolean onlyStopWords(Iterable<String> tokens) {
        for (String t : tokens) {
            if (!contains(t)) {
                return false;
            }
        }
        return true;
    }
}
