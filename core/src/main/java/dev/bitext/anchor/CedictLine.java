package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line of CC-CEDICT, {@code Trad Simp [pin1 yin1] /gloss one/gloss two/}. Pairs the simplified
 * headword with each usable gloss: parenthesised notes, "lit."/"fig." markers, a leading "to" (and "be")
 * and articles are removed, glosses split at ';'; classifier (CL:), variant, surname, cross-reference and
 * abbreviation glosses, glosses with Chinese characters, glosses of function words only and glosses longer
 * than three words are dropped. Stateless and thread-safe.
 */
final class CedictLine {
    private static final String[] ARTICLES = {"a", "an", "the"};
    private static final String[] DROPPED = {"cl:", "variant of", "old variant of", "surname", "see ",
            "abbr.", "abbr ", "also written", "also pr.", "used in", "erhua variant",
            "japanese variant", "taiwan pr.", "pr."};

    private CedictLine() {
    }

    /** Adds the pairs of one line. */
    static void parse(String line, LexiconBuilder out) {
        int open = line.indexOf('[');
        int close = line.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            throw new LexiconFormatException("expected 'Trad Simp [pin1 yin1] /gloss/', no [pinyin]");
        }
        String[] heads = line.substring(0, open).trim().split(" ");
        if (heads.length != 2 || heads[0].isEmpty() || heads[1].isEmpty()) {
            throw new LexiconFormatException("expected a traditional and a simplified headword before [");
        }
        String rest = line.substring(close + 1).trim();
        if (rest.length() < 2 || rest.charAt(0) != '/' || rest.charAt(rest.length() - 1) != '/') {
            throw new LexiconFormatException("expected glosses between slashes: /gloss/gloss/");
        }
        for (String gloss : rest.substring(1, rest.length() - 1).split("/")) {
            for (String clean : glosses(gloss)) {
                out.addContent(clean, heads[1]);
            }
        }
    }

    /** The usable English phrases of one gloss, possibly none. */
    static List<String> glosses(String gloss) {
        String g = gloss.trim().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (dropped(g) || g.contains("variant of")) {
            return out;
        }
        String notesRemoved = withoutNotes(g);
        int from = 0;
        while (from <= notesRemoved.length()) {
            int semicolon = notesRemoved.indexOf(';', from);
            int to = semicolon < 0 ? notesRemoved.length() : semicolon;
            String p = withoutLeading(collapsed(notesRemoved, from, to));
            if (!p.isEmpty() && !hasHan(p) && words(p) <= 3) {
                out.add(p);
            }
            from = to + 1;
        }
        return out;
    }

    /** {@code g} with every parenthesised or bracketed note (up to its first closing mark) replaced by a space. */
    private static String withoutNotes(String g) {
        StringBuilder b = null;
        int copied = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            char close = c == '(' ? ')' : c == '[' ? ']' : 0;
            int end = close == 0 ? -1 : g.indexOf(close, i + 1);
            if (end < 0) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(g.length());
            }
            b.append(g, copied, i).append(' ');
            copied = end + 1;
            i = end;
        }
        return b == null ? g : b.append(g, copied, g.length()).toString();
    }

    /** Characters {@code from..to} of {@code s}, every run of white space one space, trimmed. */
    private static String collapsed(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString().trim();
    }

    /** {@code p} without its leading "lit."/"fig." markers, "to" (and "to be") and articles, trimmed. */
    private static String withoutLeading(String p) {
        int at = 0;
        while (true) {
            int next = leading(p, at);
            if (next == at) {
                return at == 0 ? p : p.substring(at).trim();
            }
            at = next;
        }
    }

    /** The position after one leading marker at {@code at}, or {@code at} when there is none there. */
    private static int leading(String p, int at) {
        if (p.startsWith("lit.", at) || p.startsWith("fig.", at)) {
            return spaces(p, at + 4, 0);
        }
        if (p.startsWith("to", at)) {
            int after = spaces(p, at + 2, 1);
            if (after > at + 2) {
                int be = p.startsWith("be", after) ? spaces(p, after + 2, 1) : after;
                return be > after + 2 ? be : after;
            }
        }
        for (String article : ARTICLES) {
            if (p.startsWith(article, at)) {
                int after = spaces(p, at + article.length(), 1);
                if (after > at + article.length()) {
                    return after;
                }
            }
        }
        return at;
    }

    /** The position after the spaces at {@code at}, or {@code at} when there are fewer than {@code min}. */
    private static int spaces(String p, int at, int min) {
        int i = at;
        while (i < p.length() && isSpace(p.charAt(i))) {
            i++;
        }
        return i - at >= min ? i : at;
    }

    /** Java regular expressions' {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int words(String p) {
        int n = 1;
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static boolean dropped(String g) {
        for (String prefix : DROPPED) {
            if (g.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
