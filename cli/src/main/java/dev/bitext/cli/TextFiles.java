package dev.bitext.cli;

import dev.bitext.BitextException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads whole input files strictly ({@link TextBlocks} tells how) and checks what they hold. Every failure is
 * a {@link BitextException} whose message starts with the file name. Stateless.
 */
final class TextFiles {
    /** The line ends of a text read by {@link #read}. */
    private static final Pattern LINE_END = Pattern.compile("[\\n\\u0085\\u2028\\u2029]");

    private TextFiles() {
    }

    /**
     * The decoded text of {@code file}, with CRLF and CR turned into LF (see {@link TextBlocks}, which also
     * tells how {@code encoding} is applied).
     */
    static String read(Path file, InputEncoding encoding) {
        return TextBlocks.reader(encoding).read(file);
    }

    /**
     * The text of {@code file} as {@link #read} gives it, unless it is empty or only white space: then a
     * {@link BitextException} saying so and that there is nothing {@code toDo} (e.g. "to align").
     */
    static String readText(Path file, InputEncoding encoding, String toDo) {
        return TextBlocks.reader(encoding).readText(file, toDo);
    }

    /**
     * The lines of a text read by {@link #read}: every line is kept, blank ones included, so that line {@code i}
     * (0-based) is element {@code i}; a final line end does not start another line, and an empty text has no
     * lines. Line ends are those {@code segment} uses: LF (to which {@link #read} turns CRLF and CR), NEL
     * (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029).
     */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String[] lines = LINE_END.split(text, -1);
        // The empty string after a final line end is not a line.
        int n = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        return List.of(lines).subList(0, n);
    }

}
