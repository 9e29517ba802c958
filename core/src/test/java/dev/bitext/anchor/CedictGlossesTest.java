package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link CedictLine#glosses} against the regular expressions it was first written with, on random glosses. */
class CedictGlossesTest {
    private static final Pattern NOTES = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:lit|fig)\\.\\s*|to\\s+(?:be\\s+)?|(?:a|an|the)\\s+)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] PIECES = {"to", "be", "a", "an", "the", "lit.", "fig.", "tomato", "bed",
        "another", "theory", "big", "house", "(", ")", "[", "]", "(note)", "[pin1]", ";", " ", "  ", "\t", "門",
        "cl:", "surname", "variant of", "x", "\u0001", "Lit.", "TO"};

    /** The glosses as the regular expressions gave them (the oracle). */
    private static List<String> byRegex(String gloss) {
        String g = gloss.trim().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (g.startsWith("cl:") || g.startsWith("surname") || g.startsWith("variant of") || g.contains("variant of")) {
            return out;
        }
        for (String part : NOTES.matcher(g).replaceAll(" ").split(";")) {
            String p = LEADING.matcher(SPACES.matcher(part).replaceAll(" ").trim()).replaceFirst("").trim();
            if (!p.isEmpty() && p.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    && p.split(" ").length <= 3) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void randomGlossesGiveWhatTheRegularExpressionsGave() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int p = 0; p < n; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String gloss = b.toString();
            assertThat(CedictLine.glosses(gloss)).as("'%s'", gloss).isEqualTo(byRegex(gloss));
        }
    }

    @Test
    void typicalGlosses() {
        assertThat(CedictLine.glosses("to be born; to give birth (to)")).containsExactly("born", "give birth");
        assertThat(CedictLine.glosses("an apple; another one")).containsExactly("apple", "another one");
        assertThat(CedictLine.glosses("lit. to the north (of a river)")).containsExactly("north");
        assertThat(CedictLine.glosses("tomato")).containsExactly("tomato");
    }
}
