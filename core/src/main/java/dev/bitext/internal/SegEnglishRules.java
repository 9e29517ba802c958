package dev.bitext.internal;

import java.util.Set;

/**
 * Decides whether a sentence break proposed by ICU inside English text should be dropped.
 *
 * <p>A break is dropped when the next sentence would start with a lowercase letter ({@code "Why?" he
 * asked}), and after abbreviations ending in a period:
 * <ul>
 *   <li>titles and fixed abbreviations that never end a sentence: Mr. Mrs. Dr. Prof. St. Gen. Sen. Lt.
 *       Col. Capt. vs. e.g. i.e. ... always;
 *   <li>No. Vol. pp. Fig. and month names (Jan. Sept. ...) before a digit;
 *   <li>etc. before a digit (a lowercase word is covered above);
 *   <li>company suffixes and name suffixes (Inc. Corp. Ltd. Co. Jr. Sr.), dotted initialisms (U.S. U.K.
 *       a.m. Ph.D.) and single-letter initials (Lloyd J. Austin, J. K. Rowling) unless the next word
 *       looks like the start of a sentence: a common sentence-opening word (The, It, However, ...) or,
 *       except after a single initial, a capitalised gerund (Pushing, Building).
 * </ul>
 * Decimals (3.5) are never split by ICU itself. Each call looks at a bounded number of characters.
 *
 * <p>Stateless and thread-safe.
 */
final class SegEnglishRules {
    private static final int MAX_TOKEN = 10;
    private static final int MAX_WORD = 24;

    private static final Set<String> ALWAYS = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "St", "Ste", "Gen", "Gens", "Gov",
            "Sen", "Sens", "Rep", "Reps", "Lt", "Col", "Capt", "Cmdr", "Cdr", "Adm", "Maj", "Sgt", "Cpl", "Pvt",
            "Brig", "Rev", "Hon", "Pres", "Amb", "Supt", "Insp", "Det", "Fr", "Mt", "Ft", "Msgr",
            "vs", "v", "cf", "viz", "e.g", "i.e", "a.k.a", "approx");

    private static final Set<String> BEFORE_NUMBER = Set.of(
            "No", "Nos", "no", "Vol", "Vols", "vol", "pp", "p", "Art", "Fig", "Figs", "fig", "Ch", "Chap",
            "Sec", "Para", "Eq", "Ref", "Tel", "Ex", "Rm", "Apt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "etc");

    private static final Set<String> SUFFIXES = Set.of(
            "Inc", "Corp", "Ltd", "Co", "Cos", "Jr", "Sr", "Bros", "Plc", "Esq", "Dept", "Univ", "Assn",
            "Ave", "Blvd", "Rd", "Mfg", "Intl");

    private static final Set<String> STARTERS = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "We", "They", "I",
            "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "In", "On", "At", "By", "For",
            "From", "With", "Without", "To", "Of", "As", "If", "When", "While", "After", "Before", "Since",
            "Until", "Although", "Though", "But", "And", "Or", "Nor", "So", "Yet", "However", "Meanwhile",
            "Moreover", "Furthermore", "Also", "Still", "Then", "Now", "Thus", "Therefore", "Hence", "Instead",
            "Indeed", "Even", "Such", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No", "Not",
            "None", "One", "Other", "Another", "What", "Why", "How", "Who", "Whom", "Whose", "Where", "Which",
            "Yes", "Nevertheless", "Nonetheless", "According", "Despite", "During", "Under", "Over", "Among",
            "Because", "Unlike", "Like", "Last", "Next", "Later", "Earlier", "Today", "Yesterday", "Tomorrow",
            "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Can", "Could", "Will",
            "Would", "Should", "Must", "May", "Might", "Let", "Please", "Only", "Just", "First", "Second",
            "Third", "Finally", "Overall", "Besides", "Otherwise", "Perhaps", "Maybe", "Whether", "Rather",
            "Neither", "Either", "Much", "More", "Few", "Several", "Any", "Everyone", "Nobody", "Someone",
            "Anyone", "Everything", "Nothing", "Something", "Once", "Obviously", "Clearly", "Nowadays",
            "Similarly", "Likewise", "Consequently", "Additionally", "Ultimately", "Given", "Compared");

    private SegEnglishRules() {
    }

    /**
     * Whether to drop the break between a sentence ending at {@code last} (trimmed) and text resuming at
     * {@code next}, within the line {@code [from, end)}.
     */
    static boolean joins(String text, int from, int last, int next, int end) {
        int n = SegChars.skipSpace(text, next, end);
        if (n >= end || last <= from) {
            return true;
        }
        char first = text.charAt(n);
        if (Character.isLowerCase(first)) {
            return true;
        }
        String token = tokenBeforePeriod(text, from, last);
        if (token == null) {
            return false;
        }
        if (ALWAYS.contains(token)) {
            return true;
        }
        if (Character.isDigit(first)) {
            return BEFORE_NUMBER.contains(token) || SUFFIXES.contains(token) || isInitialism(token);
        }
        if (SUFFIXES.contains(token) || isInitialism(token)) {
            return Character.isUpperCase(first) && !startsSentence(text, n, end, token.length() > 1);
        }
        return false;
    }

    /** The letters and inner periods before a final period at {@code last - 1}, or null if none. */
    private static String tokenBeforePeriod(String text, int from, int last) {
        int dot = last - 1;
        if (text.charAt(dot) != '.') {
            return null;
        }
        int t = dot;
        while (t > from && dot - t < MAX_TOKEN && isTokenChar(text.charAt(t - 1))) {
            t--;
        }
        if (t == dot || (t > from && Character.isLetterOrDigit(text.charAt(t - 1))) || text.charAt(t) == '.') {
            return null;
        }
        String token = text.substring(t, dot);
        return token.contains("..") ? null : token;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
    }

    /** A single capital letter (J) or letters separated by periods (U.S, a.m, Ph.D). */
    private static boolean isInitialism(String token) {
        if (token.length() == 1) {
            return Character.isUpperCase(token.charAt(0));
        }
        return token.indexOf('.') > 0;
    }

    /**
     * Whether the capitalised word at {@code n} looks like the first word of a sentence; capitalised
     * gerunds count only if {@code gerunds} (not after a single initial: "J. K. Rowling").
     */
    private static boolean startsSentence(String text, int n, int end, boolean gerunds) {
        int e = n;
        while (e < end && e - n < MAX_WORD && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String word = text.substring(n, e);
        if (word.length() == 1 && e < end && text.charAt(e) == '.') {
            return false;
        }
        return STARTERS.contains(word) || (gerunds && word.length() >= 5 && word.endsWith("ing"));
    }
}
