package dev.bitext.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A line of CC-CEDICT, {@code Trad Simp [pin1 yin1] /gloss one/gloss two/}. Pairs the simplified
 * headword with each usable gloss: parenthesised notes, "lit."/"fig." markers, a leading "to" (and "be")
 * and articles are removed, glosses split at ';'; classifier (CL:), variant, surname, cross-reference and
 * abbreviation glosses, glosses with Chinese characters, glosses of function words only and glosses longer
 * than three words are dropped. Stateless and thread-safe.
 */
final class CedictLine {
    private static final Pattern NOTES = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:lit|fig)\\.\\s*|to\\s+(?:be\\s+)?|(?:a|an|the)\\s+)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
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
        for (String part : NOTES.matcher(g).replaceAll(" ").split(";")) {
            String p = LEADING.matcher(SPACES.matcher(part).replaceAll(" ").trim()).replaceFirst("").trim();
            if (!p.isEmpty() && !hasHan(p) && p.split(" ").length <= 3) {
                out.add(p);
            }
        }
        return out;
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
