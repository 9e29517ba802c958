package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class XmlCharsTest {
    @Test
    void keepsAllowedTextAsTheSameInstance() {
        String text = "Tab\tLF\nCR\r 中文 \uD83D\uDE00 \uFFFD &<>";
        assertThat(XmlChars.clean(text)).isSameAs(text);
    }

    @Test
    void removesForbiddenCharacters() {
        assertThat(XmlChars.clean("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg")).isEqualTo("abcdefg");
        assertThat(XmlChars.clean("\uD800x\uDC00y\uDBFF")).isEqualTo("xy");
        assertThat(XmlChars.clean("\uDE00\uD83D\uDE00\uD83D")).isEqualTo("\uD83D\uDE00");
    }

    @RepeatedTest(30)
    void removesExactlyTheForbiddenCodePoints(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
        char[] pool = {'a', '\t', '\u0001', '\u001f', ' ', '中', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF', '\uFFFD'};
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(30); n > 0; n--) {
            text.append(pool[random.nextInt(pool.length)]);
        }
        String clean = XmlChars.clean(text.toString());
        assertThat(clean.codePoints()).noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
        // the input's code points minus the forbidden ones, in order (ranges from the XML 1.0 Char production)
        String expected = text.codePoints()
                .filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp < 0xD800
                        || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(clean).isEqualTo(expected);
        assertThat(XmlChars.countForbidden(text.toString()))
                .isEqualTo(text.codePoints().count() - expected.codePoints().count());
    }
}
