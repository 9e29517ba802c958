package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.io.TextReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams the text of a file in blocks of whole lines, decoding strictly as {@link TextReader} does (a byte
 * order mark says UTF-8 or UTF-16; without one, the {@link InputEncoding}'s charset, or UTF-8 with GB18030 and
 * Big5 detected; invalid bytes reported with their offset, NUL refused, CRLF and CR normalized), with the
 * command line's advice {@code pass --encoding} in its messages. Every failure is a {@link BitextException}
 * whose message starts with the file name. Stateless.
 */
final class TextBlocks {
    private TextBlocks() {
    }

    /** The reader for {@code encoding}: its charset (null to detect) and its notes. */
    static TextReader reader(InputEncoding encoding) {
        return TextReader.strict().withCharset(encoding.charset()).withNotes(encoding.notes())
                .withAdvice("pass --encoding");
    }

    /**
     * Sends the text of {@code file} to {@code sink} in blocks of at least {@code blockChars} characters (the
     * last may be shorter) that end at a line end, or at the end of the file (see {@link TextReader#forEach}).
     */
    static void forEach(Path file, int blockChars, InputEncoding encoding, TextReader.BlockSink sink)
            throws IOException {
        reader(encoding).forEach(file, blockChars, sink);
    }
}
