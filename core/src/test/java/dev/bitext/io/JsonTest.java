package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void escapesWhatJsonRequires() {
        assertThat(Json.quote("")).isEqualTo("\"\"");
        assertThat(Json.quote("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
        assertThat(Json.quote("\n\r\t\b\f\u0000\u001f")).isEqualTo("\"\\n\\r\\t\\b\\f\\u0000\\u001f\"");
        assertThat(Json.quote("中文\uD83D\uDE00")).isEqualTo("\"中文\uD83D\uDE00\"");
        assertThat(Json.quote("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
        assertThat(Json.quote("x\uDC00\uD800")).isEqualTo("\"x\\udc00\\ud800\"");
    }

    /** A minimal JSON string decoder, independent of {@link Json}. */
    static String unquote(String literal) {
        assertThat(literal).startsWith("\"").endsWith("\"");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            assertThat(c).as("raw control or quote at %d", i).isGreaterThanOrEqualTo(' ').isNotEqualTo('"');
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case 'u' -> {
                    sb.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case '"', '\\', '/' -> sb.append(e);
                default -> throw new AssertionError("bad escape \\" + e);
            }
        }
        return sb.toString();
    }

    @RepeatedTest(50)
    void quotedStringsDecodeToTheOriginal(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(1000 + info.getCurrentRepetition());
        char[] pool = {'a', ' ', '"', '\\', '/', '\n', '\t', '\u0001', '\u007f', '中', '\u2028', '\uD83D', '\uDE00', '\uDC00'};
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(40); n > 0; n--) {
            text.append(pool[random.nextInt(pool.length)]);
        }
        assertThat(unquote(Json.quote(text.toString()))).isEqualTo(text.toString());
    }
}
