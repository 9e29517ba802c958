package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLineTest {
    private static final String WHERE = "t.jsonl:3: ";

    @Test
    void readsWhatTheJsonlWriterWrites() {
        Map<String, Object> o = JsonLine.parseObject("{\"source\":[0,1],\"target\":[],\"confidence\":null,"
                + "\"manual\":true,\"x\":-1.5e2,\"source_text\":\"\\\"\\u4e00\\\\\\n\u4e8c\"}", WHERE);
        assertThat(o).containsEntry("source", List.of(0.0, 1.0)).containsEntry("target", List.of())
                .containsEntry("confidence", JsonLine.NULL).containsEntry("manual", true)
                .containsEntry("x", -150.0).containsEntry("source_text", "\"\u4e00\\\n\u4e8c");
    }

    @Test
    void problemsNameTheLineAndColumn() {
        assertThatThrownBy(() -> JsonLine.parseObject("{\"source\":[0", WHERE)).isInstanceOf(BitextException.class)
                .hasMessage(WHERE + "the JSON object ends too early (truncated line?)");
        assertThatThrownBy(() -> JsonLine.parseObject("{\"a\":1} x", WHERE)).hasMessage(WHERE
                + "unexpected text after the object at column 9");
        assertThatThrownBy(() -> JsonLine.parseObject("[1]", WHERE)).hasMessageStartingWith(WHERE + "expected a JSON object");
        assertThatThrownBy(() -> JsonLine.parseObject("{\"a\":01}", WHERE)).hasMessage(WHERE
                + "expected ',' or '}' at column 7");
        assertThatThrownBy(() -> JsonLine.parseObject("{\"a\":\"\\x\"}", WHERE)).hasMessageContaining("escape");
        assertThatThrownBy(() -> JsonLine.parseObject("{\"a\":" + "[".repeat(100_000), WHERE))
                .hasMessageContaining("nested deeper");
    }
}
