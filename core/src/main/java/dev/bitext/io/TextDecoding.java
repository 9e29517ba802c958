package dev.bitext.io;

import dev.bitext.BitextException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The state of one strict decoding pass over one file ({@link TextReader} tells the rules). */
final class TextDecoding {
    private final Path file;
    private final InputStream stream;
    private final int blockChars;
    private final TextReader.BlockSink sink;
    private final ByteBuffer in = ByteBuffer.allocate(TextReader.CHUNK);
    private final CharBuffer out = CharBuffer.allocate(TextReader.CHUNK);
    private final StringBuilder pending = new StringBuilder();
    /** Offset in the file of {@code in}'s first byte. */
    private long base;
    /** Characters decoded so far, before line ends are normalized (for the NUL message). */
    private long decoded;
    /** Length of {@code pending} up to and including its last line end, 0 when it has none. */
    private int linesEnd;
    private boolean afterCr;
    private boolean eof;
    /** The charset of a file without a mark, null for UTF-8 with guessing. */
    private final Charset unmarked;
    /** Whether an invalid UTF-8 byte may lead to guessing (no charset given, no mark, nothing sent yet). */
    private boolean mayGuess;
    /** Added to an invalid-input message. */
    private final String errorHint;

    TextDecoding(Path file, InputStream stream, int blockChars, TextReader.BlockSink sink, Charset unmarked,
                 boolean mayGuess, String errorHint) {
        this.file = file;
        this.stream = stream;
        this.blockChars = blockChars;
        this.sink = sink;
        this.unmarked = unmarked;
        this.mayGuess = mayGuess;
        this.errorHint = errorHint;
    }

    void run() throws IOException {
        in.flip();
        fill();
        Charset charset = unmarked != null ? unmarked : StandardCharsets.UTF_8;
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            in.position(3);
        } else if (startsWith(0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            in.position(2);
        } else if (startsWith(0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            in.position(2);
        }
        mayGuess &= in.position() == 0;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult result = decoder.decode(in, out, eof);
            check(result, charset);
            drain();
            if (result.isUnderflow()) {
                if (eof) {
                    break;
                }
                fill();
            }
        }
        check(decoder.flush(out), charset);
        drain();
        if (!pending.isEmpty()) {
            sink.accept(pending.toString());
        }
    }

    /** Moves unread bytes to the front of {@code in} and reads more after them; {@code in} stays readable. */
    private void fill() throws IOException {
        base += in.position();
        in.compact();
        try {
            int n = stream.readNBytes(in.array(), in.position(), in.remaining());
            in.position(in.position() + n);
            eof = in.hasRemaining();
        } catch (IOException e) {
            throw BitextException.about(file, e);
        } finally {
            in.flip();
        }
    }

    private boolean startsWith(int... prefix) {
        if (in.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((in.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void check(CoderResult result, Charset charset) {
        if (result.isError()) {
            long offset = base + in.position();
            if (mayGuess) {
                throw new TextReader.NotUtf8(offset);
            }
            throw new BitextException(file + ": invalid " + charset.name() + " at byte " + offset + errorHint);
        }
    }

    /** Appends the decoded characters, line ends normalized, and sends a block once it is long enough. */
    private void drain() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\0') {
                throw new BitextException(file + ": binary file or unmarked UTF-16 (NUL character at character "
                        + decoded + ")");
            }
            decoded++;
            boolean crLf = c == '\n' && afterCr;
            afterCr = c == '\r';
            if (!crLf) {
                pending.append(afterCr ? '\n' : c);
                if (afterCr || c == '\n') {
                    linesEnd = pending.length();
                }
            }
        }
        out.clear();
        if (pending.length() >= blockChars && linesEnd > 0) {
            mayGuess = false;
            sink.accept(pending.substring(0, linesEnd));
            pending.delete(0, linesEnd);
            linesEnd = 0;
        }
    }
}
