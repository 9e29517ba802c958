package dev.bitext.cli;

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
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the text of a file in blocks of whole lines, decoding strictly: UTF-8 unless a byte order mark says
 * UTF-16, the mark removed, the first invalid byte reported with its offset in the file, a NUL character
 * refused (a binary file or UTF-16 without a mark), line ends normalized to {@code \n}. Only one block and a
 * few buffers are held in memory, except that a single line longer than a block is held whole. Every failure
 * is a {@link BitextException} whose message starts with the file name. Stateless.
 */
final class TextBlocks {
    /** Receives the blocks of a file in order. */
    @FunctionalInterface
    interface Sink {
        /** Takes the next block: whole lines, each ended by {@code \n} except possibly the file's last. */
        void accept(String block) throws IOException;
    }

    private static final int CHUNK = 1 << 16;

    private TextBlocks() {
    }

    /**
     * Sends the text of {@code file} to {@code sink} in blocks of at least {@code blockChars} characters (the
     * last may be shorter) that end at a line end, or at the end of the file. An empty file sends no block.
     * An exception from {@code sink} is passed on.
     */
    static void forEach(Path file, int blockChars, Sink sink) throws IOException {
        TextFiles.requireFile(file);
        InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (IOException e) {
            throw IoProblems.about(file, e);
        }
        try (stream) {
            new Decoding(file, stream, blockChars, sink).run();
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

        Decoding(Path file, InputStream stream, int blockChars, Sink sink) {
            this.file = file;
            this.stream = stream;
            this.blockChars = blockChars;
            this.sink = sink;
        }

        void run() throws IOException {
            in.flip();
            fill();
            Charset charset = StandardCharsets.UTF_8;
            if (startsWith(0xEF, 0xBB, 0xBF)) {
                in.position(3);
            } else if (startsWith(0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                in.position(2);
            } else if (startsWith(0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                in.position(2);
            }
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
                throw new BitextException(file + ": invalid " + charset.name() + " at byte " + (base + in.position()));
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
                sink.accept(pending.substring(0, linesEnd));
                pending.delete(0, linesEnd);
                linesEnd = 0;
            }
        }
    }
}
