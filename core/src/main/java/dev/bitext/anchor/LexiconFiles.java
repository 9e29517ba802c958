package dev.bitext.anchor;

import dev.bitext.BitextException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a lexicon file line by line in strict UTF-8, skipping blank lines and {@code #} comments, and
 * hands every other line to a format's parser. Problems become a {@link BitextException}
 * "FILE:LINE: problem". Stateless and thread-safe.
 */
final class LexiconFiles {
    /** One format: adds the pairs of a line, or throws {@link LexiconFormatException}. */
    @FunctionalInterface
    interface LineParser {
        void parse(String line, LexiconBuilder out);
    }

    private LexiconFiles() {
    }

    /** The lexicon of a file; a file without any pair is an error. */
    static Lexicon read(Path file, LineParser parser) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, parser);
        } catch (NoSuchFileException e) {
            throw new BitextException(file + ": no such file");
        } catch (IOException e) {
            throw new BitextException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The first line of a file that is neither blank nor a comment, trimmed; for telling formats apart. */
    static String firstEntryLine(Path file) {
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String t = line.replace("\uFEFF", "").strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    return t;
                }
            }
            throw new BitextException(file + ": no lexicon entry found");
        } catch (NoSuchFileException e) {
            throw new BitextException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BitextException(file + ": not valid UTF-8");
        } catch (IOException e) {
            throw new BitextException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The lexicon of a stream, named {@code name} in messages; the caller closes the stream. */
    static Lexicon read(String name, InputStream in, LineParser parser) throws IOException {
        byte[] bytes = in.readAllBytes();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        LexiconBuilder out = new LexiconBuilder();
        int lineNumber = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            String line = decode(decoder, bytes, start, end, name, lineNumber);
            start = end + 1;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                parser.parse(line, out);
            } catch (LexiconFormatException e) {
                throw new BitextException(name + ":" + lineNumber + ": " + e.getMessage());
            }
        }
        if (out.size() == 0) {
            throw new BitextException(name + ": no lexicon entry found");
        }
        return out.build();
    }

    private static String decode(CharsetDecoder decoder, byte[] bytes, int start, int end, String name,
            int lineNumber) {
        int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, stop - start)).toString();
        } catch (CharacterCodingException e) {
            throw new BitextException(name + ":" + lineNumber + ": not valid UTF-8");
        }
    }
}
