package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small English lemmatiser: maps an inflected lowercase word to likely base forms (plural -s, -es,
 * -ies; past -ed; -ing; comparative -er, -est; adverb -ly; doubled consonants and a dropped final e;
 * an irregular-forms table such as went to go, men to man, children to child).
 *
 * <p>Rules only guess, so {@link #candidates} lists every plausible base form in order of preference
 * and a caller holding a vocabulary (the {@link Lexicon}) picks the first it knows; {@link #stem} is
 * the first guess. Stateless and thread-safe.
 */
public final class EnglishStemmer {
    private static final Map<String, String> IRREGULAR = EnglishIrregulars.TABLE;
    /** Words ending in s that are not plurals. */
    private static final Set<String> NOT_PLURAL = Set.of("news", "series", "species", "means", "always",
            "perhaps", "besides", "towards", "afterwards", "sometimes", "whereabouts", "headquarters", "measles",
            "diabetes", "gas", "bias", "atlas", "canvas", "lens", "chaos", "yes", "its", "hers", "ours", "yours",
            "thus", "was", "has", "does", "goes", "pants", "trousers", "scissors",
            "thanks", "outskirts", "surroundings", "belongings", "savings");

    private EnglishStemmer() {
    }

    /**
     * The most likely base form of a lowercase word: its irregular base form, else the first rule-based
     * guess, else the word itself.
     *
     * @param word a lowercase ASCII word
     * @return the base form, never null
     */
    public static String stem(String word) {
        List<String> c = candidates(word);
        return c.isEmpty() ? word : c.get(0);
    }

    /**
     * The irregular base form of a lowercase word (went to go), or null when the word is not irregular.
     *
     * @param word a lowercase ASCII word
     * @return the base form from the irregular-forms table, or null
     */
    public static String irregular(String word) {
        return IRREGULAR.get(word);
    }

    /**
     * The plausible base forms of a lowercase word, best first, without the word itself; empty when no
     * rule applies.
     *
     * @param word a lowercase ASCII word
     * @return an unmodifiable list of distinct base forms
     */
    public static List<String> candidates(String word) {
        List<String> out = new ArrayList<>(4);
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            out.add(irregular);
        }
        int n = word.length();
        if (n < 3) {
            return List.copyOf(out);
        }
        if (word.endsWith("s")) {
            plural(word, out);
        } else if (word.endsWith("ed")) {
            suffix(word, 2, out);
        } else if (word.endsWith("ing")) {
            suffix(word, 3, out);
        } else if (word.endsWith("est")) {
            suffix(word, 3, out);
        } else if (word.endsWith("er")) {
            suffix(word, 2, out);
        } else if (word.endsWith("ly")) {
            adverb(word, out);
        }
        out.remove(word);
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static void plural(String w, List<String> out) {
        int n = w.length();
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics") || n < 4
                || NOT_PLURAL.contains(w)) {
            return;
        }
        if (w.endsWith("ies") && n > 4) {
            out.add(w.substring(0, n - 3) + "y");
            out.add(w.substring(0, n - 1));
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("ches")
                || w.endsWith("shes") || (w.endsWith("oes") && n > 5)) {
            out.add(w.substring(0, n - 2));
            out.add(w.substring(0, n - 1));
        } else {
            out.add(w.substring(0, n - 1));
            if (w.endsWith("es")) {
                out.add(w.substring(0, n - 2));
            }
        }
    }

    /** -ed, -ing, -er, -est: the stem with a restored e, as is, or undoubled, best guess first. */
    private static void suffix(String w, int len, List<String> out) {
        String stem = w.substring(0, w.length() - len);
        if (stem.length() < 2 || !hasVowel(stem)) {
            return;
        }
        boolean verbal = len == 2 && w.endsWith("ed") || w.endsWith("ing");
        if (stem.endsWith("i") && !w.endsWith("ing")) {
            out.add(stem.substring(0, stem.length() - 1) + "y");
            if (verbal) {
                out.add(stem + "e");
            }
            return;
        }
        if (stem.endsWith("e") && len == 2) {
            out.add(stem + "e"); // agreed -> agree, freer -> free
            out.add(stem);
            return;
        }
        String undoubled = undouble(stem);
        if (undoubled != null) {
            out.add(undoubled);
            out.add(stem);
            return;
        }
        if (wantsE(stem)) {
            out.add(stem + "e");
            out.add(stem);
        } else {
            out.add(stem);
            out.add(stem + "e");
        }
    }

    private static void adverb(String w, List<String> out) {
        int n = w.length();
        if (n < 6) {
            return;
        }
        if (w.endsWith("ily")) {
            out.add(w.substring(0, n - 3) + "y");
        } else if (w.endsWith("ally")) {
            out.add(w.substring(0, n - 4));
            out.add(w.substring(0, n - 2));
        } else {
            out.add(w.substring(0, n - 2));
            out.add(w.substring(0, n - 1)); // gently -> gentle
        }
    }

    private static String undouble(String stem) {
        int n = stem.length();
        char c = stem.charAt(n - 1);
        if (n >= 3 && c == stem.charAt(n - 2) && !isVowel(c) && c != 'l' && c != 's' && c != 'z') {
            return stem.substring(0, n - 1);
        }
        return null;
    }

    /**
     * A stem that probably lost a final e: one vowel group ending consonant-vowel-consonant, or ending in
     * v, z, a c after a vowel or n, g after r or d, s after a vowel.
     */
    private static boolean wantsE(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (last == 'v' || last == 'z') {
            return true;
        }
        char before = stem.charAt(n - 2);
        if (last == 'c' && n >= 3) {
            return isVowel(before) || before == 'n'; // danced, placed
        }
        if (last == 'g' && (before == 'r' || before == 'd')) {
            return true; // larger, judged
        }
        if (last == 's' && isVowel(before)) {
            return true; // raised, caused, promised
        }
        if (n < 3 || last == 'w' || last == 'x' || last == 'y' || isVowel(last)) {
            return false;
        }
        boolean cvc = isVowel(stem.charAt(n - 2)) && !isVowel(stem.charAt(n - 3));
        return cvc && vowelGroups(stem) == 1;
    }

    private static int vowelGroups(String s) {
        int groups = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean v = isVowel(s.charAt(i));
            if (v && !in) {
                groups++;
            }
            in = v;
        }
        return groups;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s.charAt(i)) || s.charAt(i) == 'y') {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
