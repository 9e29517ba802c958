package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads input text strictly: UTF-8 unless a byte order mark says UTF-16, the mark removed, invalid bytes
 * reported with their offset, line ends normalized to {@code \n}. Every failure is a {@link BitextException}
 * whose message starts with the file name. Stateless.
 */
final class TextFiles {
    private TextFiles() {
    }

    /** The decoded text of {@code file}, with CRLF and CR turned into LF. */
    static String read(Path file) {
        String text = decode(file, bytes(file));
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The lines of a text read by {@link #read}: every line is kept, blank ones included, so that line {@code i}
     * (0-based) is element {@code i}; a final line end does not start another line, and an empty text has no
     * lines.
     */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    /** Fails with a clear message unless {@code file} is an existing regular file. */
    static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new BitextException(file + ": is a directory, expected a file");
        }
        if (!Files.exists(file)) {
            throw new BitextException(file + ": no such file");
        }
    }

    private static byte[] bytes(Path file) {
        requireFile(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw IoProblems.about(file, e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BitextException(file + ": invalid " + charset.name() + " at byte " + in.position());
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new BitextException(file + ": binary file or unmarked UTF-16 (NUL character at character "
                    + nul + ")");
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
