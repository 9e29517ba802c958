package dev.bitext.cli;

import dev.bitext.BitextException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one line of JSON (RFC 8259) holding an object: objects become {@link Map}s, arrays {@link List}s,
 * numbers {@link Double}s, strings {@link String}s, {@code true}/{@code false} {@link Boolean}s and
 * {@code null} {@link #NULL}. Every problem is a {@link BitextException} that names where it is and the
 * column. Not thread-safe: one instance reads one line.
 */
final class JsonLine {
    /** The value of a JSON {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Deeper nesting than bitext ever writes is refused rather than risking the stack. */
    private static final int MAX_DEPTH = 64;
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    private final String text;
    private final String where;
    private int at;
    private int depth;

    private JsonLine(String text, String where) {
        this.text = text;
        this.where = where;
    }

    /**
     * The object {@code line} holds.
     *
     * @param where prefix of error messages, {@code "FILE:LINE: "}
     * @throws BitextException if the line is not one JSON object, for instance a truncated one
     */
    static Map<String, Object> parseObject(String line, String where) {
        JsonLine parser = new JsonLine(line, where);
        parser.skipSpace();
        if (parser.peek() != '{') {
            throw parser.problem("expected a JSON object '{...}'");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) parser.value();
        parser.skipSpace();
        if (parser.at < line.length()) {
            throw parser.problem("unexpected text after the object");
        }
        return object;
    }

    private Object value() {
        skipSpace();
        char c = peek();
        return switch (c) {
            case '{', '[' -> nested(c);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", NULL);
            default -> number();
        };
    }

    private Object nested(char open) {
        if (++depth > MAX_DEPTH) {
            throw problem("nested deeper than " + MAX_DEPTH + " levels");
        }
        Object value = open == '{' ? object() : array();
        depth--;
        return value;
    }

    private Map<String, Object> object() {
        at++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return members;
        }
        do {
            skipSpace();
            if (peek() != '"') {
                throw problem("expected a key in quotes");
            }
            String key = string();
            skipSpace();
            expect(':');
            members.put(key, value());
            skipSpace();
        } while (next(',', '}'));
        return Collections.unmodifiableMap(members);
    }

    private List<Object> array() {
        at++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return items;
        }
        do {
            items.add(value());
            skipSpace();
        } while (next(',', ']'));
        return Collections.unmodifiableList(items);
    }

    /** Consumes {@code more} (true) or {@code end} (false); anything else is a problem. */
    private boolean next(char more, char end) {
        char c = peek();
        if (c != more && c != end) {
            throw problem("expected '" + more + "' or '" + end + "'");
        }
        at++;
        return c == more;
    }

    private String string() {
        at++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = peek();
            at++;
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw problem("a control character in a string");
            }
            sb.append(c == '\\' ? escape() : c);
        }
    }

    private char escape() {
        char c = peek();
        at++;
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw problem("unknown escape '\\" + c + "'");
        };
    }

    private char unicode() {
        if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
            throw problem("expected four hex digits after '\\u'");
        }
        at += 4;
        return (char) Integer.parseInt(text.substring(at - 4, at), 16);
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw problem("expected a JSON value");
        }
        at += word.length();
        return value;
    }

    private Double number() {
        Matcher m = NUMBER.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            throw problem("expected a JSON value");
        }
        at = m.end();
        return Double.valueOf(m.group());
    }

    private void expect(char c) {
        if (peek() != c) {
            throw problem("expected '" + c + "'");
        }
        at++;
    }

    /** The character at the cursor; the end of the line is a problem, since every caller expects more. */
    private char peek() {
        if (at >= text.length()) {
            throw new BitextException(where + "the JSON object ends too early (truncated line?)");
        }
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private BitextException problem(String what) {
        return new BitextException(where + what + " at column " + (at + 1));
    }
}
