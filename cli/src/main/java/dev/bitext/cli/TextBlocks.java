package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.io.ChineseEncodings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the text of a file in blocks of whole lines, decoding strictly: a byte order mark says UTF-8 or
 * UTF-16 (the mark removed); without one, the {@link InputEncoding}'s charset, or UTF-8 when none is given.
 * The first invalid byte is reported with its offset in the file, a NUL character refused (a binary file or
 * UTF-16 without a mark), line ends CRLF and CR normalized to {@code \n}. Only one block and a few buffers
 * are held in memory, except that a single line longer than a block is held whole. Every failure is a
 * {@link BitextException} whose message starts with the file name. Stateless.
 *
 * <p>Detection (no charset given, no mark): when a byte is not valid UTF-8 and no block has been sent yet
 * (so always for a file read whole), the bytes from the start of the file to {@value #GUESS_AFTER} bytes past
 * that one are given to {@link ChineseEncodings#guess}; if it names GB18030 or Big5, the file is read again
 * from its start in that encoding and a note {@code FILE: not UTF-8; read as GB18030} goes to the
 * encoding's notes. Otherwise, or when the bad byte lies beyond the first {@value #GUESS_WITHIN} bytes, the
 * error is {@code FILE: invalid UTF-8 at byte N (not GB18030 or Big5 either; pass --encoding)}. A bad byte
 * after the first block has been sent (streaming, past the first block) is reported as plain invalid UTF-8.
 */
final class TextBlocks {
    /** Receives the blocks of a file in order. */
    @FunctionalInterface
    interface Sink {
        /** Takes the next block: whole lines, each ended by {@code \n} except possibly the file's last. */
        void accept(String block) throws IOException;
    }

    private static final int CHUNK = 1 << 16;
    /** Bytes past the first invalid UTF-8 byte that the encoding guess looks at. */
    static final int GUESS_AFTER = 1 << 20;
    /** The first invalid UTF-8 byte must lie within this many bytes for the encoding to be guessed. */
    static final int GUESS_WITHIN = 16 << 20;

    private TextBlocks() {
    }

    /**
     * Sends the text of {@code file} to {@code sink} in blocks of at least {@code blockChars} characters (the
     * last may be shorter) that end at a line end, or at the end of the file. An empty file sends no block.
     * An exception from {@code sink} is passed on.
     */
    static void forEach(Path file, int blockChars, InputEncoding encoding, Sink sink) throws IOException {
        TextFiles.requireFile(file);
        try {
            decode(file, blockChars, encoding.charset(), encoding.charset() == null, "", sink);
        } catch (NotUtf8 e) {
            Charset guessed = guess(file, e.offset);
            if (guessed == null) {
                throw new BitextException(file + ": invalid UTF-8 at byte " + e.offset
                        + " (not GB18030 or Big5 either; pass --encoding)");
            }
            decode(file, blockChars, guessed, false, " (the file is not UTF-8 and was read as " + guessed.name()
                    + "; pass --encoding)", sink);
            encoding.notes().accept(file + ": not UTF-8; read as " + guessed.name());
        }
    }

    private static void decode(Path file, int blockChars, Charset charset, boolean mayGuess, String errorHint,
                               Sink sink) throws IOException {
        InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (IOException e) {
            throw IoProblems.about(file, e);
        }
        try (stream) {
            new Decoding(file, stream, blockChars, sink, charset, mayGuess, errorHint).run();
        }
    }

    /** The legacy Chinese encoding the start of {@code file} is in, judged up to past {@code badByte}; or null. */
    private static Charset guess(Path file, long badByte) {
        if (badByte >= GUESS_WITHIN) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] prefix = in.readNBytes((int) badByte + GUESS_AFTER);
            boolean complete = in.read() < 0;
            return ChineseEncodings.guess(prefix, prefix.length, complete).orElse(null);
        } catch (IOException e) {
            throw IoProblems.about(file, e);
        }
    }

    /** The first byte of a file without a mark is not UTF-8, before any block was sent: guess and read again. */
    private static final class NotUtf8 extends RuntimeException {
        final long offset;

        NotUtf8(long offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    /** The state of one pass over one file. */
    private static final class Decoding {
        private final Path file;
        private final InputStream stream;
        private final int blockChars;
        private final Sink sink;
        private final ByteBuffer in = ByteBuffer.allocate(CHUNK);
        private final CharBuffer out = CharBuffer.allocate(CHUNK);
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

        Decoding(Path file, InputStream stream, int blockChars, Sink sink, Charset unmarked, boolean mayGuess,
                 String errorHint) {
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
                throw IoProblems.about(file, e);
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
                    throw new NotUtf8(offset);
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
}
