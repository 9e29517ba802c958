package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's normalisation skips its work for a key or word that is already normal (as the core lexicon's
 * are, which makes loading it quicker): the result must be exactly what the full normalisation gives.
 */
class LexiconNormaliseTest {
    private static final List<String> TRICKY_ENGLISH = List.of("", " ", "a", "go", "look up", "look  up", " look",
            "look ", "Look", "LOOK UP", "she'd", "o'clock", "mother-in-law", "caf\u00e9", "x1", "a b c", "a\tb",
            "\u00a0a", "a\u00a0b", "\u2019s", "z", "{", "`", "@");
    private static final List<String> TRICKY_CHINESE = List.of("", " ", "中国", "中 国", "中\t国", " 中国 ", "中\n国",
            "中\u000B国", "中\f国", "中\r国", "中\u3000国", "中\u00a0国", "a b");

    /** The normalisation of an English key before the quick path: its lowercase tokens joined by one space. */
    private static String fullEnglish(String key) {
        return String.join(" ", EnglishTokens.of(key));
    }

    /** The normalisation of a Chinese word before the quick path: every regular-expression space removed. */
    private static String fullChinese(String word) {
        return word.replaceAll("\\s+", "");
    }

    @Test
    void trickyKeysAndWordsNormaliseAsBefore() {
        for (String key : TRICKY_ENGLISH) {
            assertThat(LexiconBuilder.normaliseEnglish(key)).as("'%s'", key).isEqualTo(fullEnglish(key));
        }
        for (String word : TRICKY_CHINESE) {
            assertThat(LexiconBuilder.normaliseChinese(word)).as("'%s'", word).isEqualTo(fullChinese(word));
        }
    }

    @Test
    void everyEntryOfTheCoreLexiconNormalisesAsBefore() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("core-lexicon.tsv")) {
            assertThat(in).isNotNull();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(lines::add);
        }
        assertThat(lines).hasSizeGreaterThan(5000);
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            assertThat(LexiconBuilder.normaliseEnglish(fields[0])).isEqualTo(fullEnglish(fields[0]));
            for (String word : fields[1].split("\\|", -1)) {
                assertThat(LexiconBuilder.normaliseChinese(word)).isEqualTo(fullChinese(word));
            }
        }
    }
}
