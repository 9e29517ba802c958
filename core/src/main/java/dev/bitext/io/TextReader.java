package dev.bitext.io;

import dev.bitext.BitextException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads text files strictly, as the {@code bitext} command does: a byte order mark says UTF-8 or UTF-16 (the
 * mark removed); without one, the {@linkplain #withCharset charset given}, or UTF-8 when none is given. The
 * first invalid byte is reported with its offset in the file, a NUL character refused (a binary file or
 * UTF-16 without a mark), line ends CRLF and CR normalized to {@code \n}. Every failure is a
 * {@link BitextException} whose message starts with the file name.
 *
 * <p>Detection (no charset given, no mark): when a byte is not valid UTF-8 and no block has been sent yet
 * (so always for {@link #read}), the bytes from the start of the file to 1 MiB past that one are given to
 * {@link ChineseEncodings#guess}; if it names GB18030 or Big5, the file is read again from its start in that
 * encoding and a note {@code FILE: not UTF-8; read as GB18030} goes to the {@linkplain #withNotes notes}.
 * Otherwise, or when the bad byte lies beyond the first 16 MiB, the error is
 * {@code FILE: invalid UTF-8 at byte N (not GB18030 or Big5 either; ADVICE)}, ADVICE being
 * {@value #DEFAULT_ADVICE} unless {@linkplain #withAdvice changed}.
 *
 * <pre>{@code
 * String text = TextReader.strict().read(Path.of("article.txt"));
 * String big5 = TextReader.strict().withCharset(Charset.forName("Big5")).read(Path.of("old.txt"));
 * }</pre>
 *
 * <p>Immutable; thread-safe when its notes consumer is.
 */
public final class TextReader {
    /** Receives the blocks of a file in order. */
    @FunctionalInterface
    public interface BlockSink {
        /**
         * Takes the next block: whole lines, each ended by {@code \n} except possibly the file's last.
         *
         * @param block the next lines of the file
         * @throws IOException passed on to the caller of {@link #forEach}
         */
        void accept(String block) throws IOException;
    }

    /** The advice ending a message about bytes that could not be decoded, unless changed. */
    public static final String DEFAULT_ADVICE = "name its charset";

    static final int CHUNK = 1 << 16;
    /** Bytes past the first invalid UTF-8 byte that the encoding guess looks at. */
    static final int GUESS_AFTER = 1 << 20;
    /** The first invalid UTF-8 byte must lie within this many bytes for the encoding to be guessed. */
    static final int GUESS_WITHIN = 16 << 20;

    private static final TextReader STRICT = new TextReader(null, note -> { }, DEFAULT_ADVICE);

    private final Charset charset;
    private final Consumer<String> notes;
    private final String advice;

    private TextReader(Charset charset, Consumer<String> notes, String advice) {
        this.charset = charset;
        this.notes = notes;
        this.advice = advice;
    }

    /**
     * The reader that detects UTF-8 and the legacy Chinese encodings, notes dropped.
     *
     * @return the default reader
     */
    public static TextReader strict() {
        return STRICT;
    }

    /**
     * This reader with a charset for files without a byte order mark (no detection then).
     *
     * @param charset the charset, or null to detect it
     * @return a reader that reads files without a mark in {@code charset}
     */
    public TextReader withCharset(Charset charset) {
        return new TextReader(charset, notes, advice);
    }

    /**
     * This reader with a consumer of its notes: one per file read in a detected legacy encoding.
     *
     * @param notes receives {@code FILE: not UTF-8; read as GB18030} and the like
     * @return a reader that sends its notes to {@code notes}
     * @throws NullPointerException if {@code notes} is null
     */
    public TextReader withNotes(Consumer<String> notes) {
        return new TextReader(charset, Objects.requireNonNull(notes, "notes"), advice);
    }

    /**
     * This reader with other advice at the end of messages about undecodable bytes (the command line says
     * {@code pass --encoding}).
     *
     * @param advice what the user should do, such as {@code pass --encoding}
     * @return a reader whose messages end with {@code advice}
     * @throws NullPointerException if {@code advice} is null
     */
    public TextReader withAdvice(String advice) {
        return new TextReader(charset, notes, Objects.requireNonNull(advice, "advice"));
    }

    /**
     * The decoded text of {@code file}, with CRLF and CR turned into LF.
     *
     * @param file the file to read
     * @return its text, empty for an empty file
     * @throws BitextException naming {@code file} if it is missing, a directory, unreadable or not decodable
     */
    public String read(Path file) {
        String[] text = {""};
        try {
            // With blocks this long the whole text comes as one block.
            forEach(file, Integer.MAX_VALUE, block -> text[0] = block);
        } catch (IOException e) {
            throw BitextException.about(file, e);
        }
        return text[0];
    }

    /**
     * The text of {@code file} as {@link #read} gives it, refused when there is nothing in it to work on.
     *
     * @param file the file to read
     * @param toDo what the caller would do with the text, for the message, such as {@code to align}
     * @return its text, neither empty nor only white space
     * @throws BitextException naming {@code file} as {@link #read} does, or saying
     *                         {@code FILE: empty file, nothing TO_DO} or {@code FILE: only white space, nothing TO_DO}
     */
    public String readText(Path file, String toDo) {
        String text = read(file);
        if (text.isEmpty()) {
            throw new BitextException(file + ": empty file, nothing " + toDo);
        }
        if (text.isBlank()) {
            throw new BitextException(file + ": only white space, nothing " + toDo);
        }
        return text;
    }

    /**
     * Sends the text of {@code file} to {@code sink} in blocks of at least {@code blockChars} characters (the
     * last may be shorter) that end at a line end, or at the end of the file. An empty file sends no block.
     * Only one block and a few buffers are held in memory, except that a single line longer than a block is
     * held whole. A bad byte after the first block has been sent is reported as plain invalid UTF-8.
     *
     * @param file       the file to read
     * @param blockChars the least length of a block but the last
     * @param sink       receives the blocks
     * @throws BitextException naming {@code file} if it is missing, a directory, unreadable or not decodable
     * @throws IOException     when {@code sink} throws one
     */
    public void forEach(Path file, int blockChars, BlockSink sink) throws IOException {
        requireFile(file);
        run(file, () -> Files.newInputStream(file), blockChars, sink);
    }

    /**
     * The decoded text of bytes already read (standard input, say), by the same rules as {@link #read}.
     *
     * @param bytes the bytes
     * @param name  what to call them in messages, such as {@code standard input}
     * @return their text, empty for no bytes
     * @throws BitextException naming {@code name} if the bytes cannot be decoded
     */
    public String decode(byte[] bytes, String name) {
        String[] text = {""};
        try {
            run(Path.of(name), () -> new java.io.ByteArrayInputStream(bytes), Integer.MAX_VALUE,
                    block -> text[0] = block);
        } catch (IOException e) {
            throw new BitextException(name + ": " + e.getMessage(), e);
        }
        return text[0];
    }

    /** Opens the bytes to decode, from their start. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private void run(Path file, Opener opener, int blockChars, BlockSink sink) throws IOException {
        try {
            decode(file, opener, blockChars, charset, charset == null, "", sink);
        } catch (NotUtf8 e) {
            Charset guessed = guess(file, opener, e.offset);
            if (guessed == null) {
                throw new BitextException(file + ": invalid UTF-8 at byte " + e.offset
                        + " (not GB18030 or Big5 either; " + advice + ")");
            }
            decode(file, opener, blockChars, guessed, false, " (the file is not UTF-8 and was read as "
                    + guessed.name() + "; " + advice + ")", sink);
            notes.accept(file + ": not UTF-8; read as " + guessed.name());
        }
    }

    /**
     * Fails with a clear message unless {@code file} exists and is not a directory (what every read checks
     * first; for callers that check several files before reading any).
     *
     * @param file the file to check
     * @throws BitextException {@code FILE: is a directory, expected a file} or {@code FILE: no such file}
     */
    public static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new BitextException(file + ": is a directory, expected a file");
        }
        if (!Files.exists(file)) {
            throw new BitextException(file + ": no such file");
        }
    }

    private static void decode(Path file, Opener opener, int blockChars, Charset charset, boolean mayGuess,
                               String errorHint, BlockSink sink) throws IOException {
        InputStream stream;
        try {
            stream = opener.open();
        } catch (IOException e) {
            throw BitextException.about(file, e);
        }
        try (stream) {
            new TextDecoding(file, stream, blockChars, sink, charset, mayGuess, errorHint).run();
        }
    }

    /** The legacy Chinese encoding the start of {@code file} is in, judged up to past {@code badByte}; or null. */
    private static Charset guess(Path file, Opener opener, long badByte) {
        if (badByte >= GUESS_WITHIN) {
            return null;
        }
        try (InputStream in = opener.open()) {
            byte[] prefix = in.readNBytes((int) badByte + GUESS_AFTER);
            boolean complete = in.read() < 0;
            return ChineseEncodings.guess(prefix, prefix.length, complete).orElse(null);
        } catch (IOException e) {
            throw BitextException.about(file, e);
        }
    }

    /** The first byte of a file without a mark is not UTF-8, before any block was sent: guess and read again. */
    static final class NotUtf8 extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long offset;

        NotUtf8(long offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }
}
