package dev.bitext.io;

import dev.bitext.internal.HanVariants;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises Chinese text in the legacy encodings still common on Windows: GB18030 (which contains GBK and
 * GB 2312) and Big5. Meant for bytes that are not UTF-8.
 *
 * <p>The rule: bytes whose non-ASCII part is mostly valid UTF-8 (at least as many UTF-8 characters beyond ASCII as
 * invalid bytes) are damaged UTF-8, not a legacy encoding: no answer. (GB and Big5 text rarely forms a valid UTF-8
 * sequence; UTF-8 Chinese read as GB18030 gives plausible-looking nonsense, so this must be ruled out first.)
 * Otherwise the bytes are decoded strictly (malformed or unmappable input fails) as GB18030 and as Big5. A decoding
 * is scored by the share of its non-ASCII characters that are plausible Chinese text: Han characters whose
 * Simplified form is in GB 2312 (the 6,763 characters in everyday use), general and CJK punctuation (U+2000–U+206F,
 * U+3000–U+303F) and full-width forms (U+FF00–U+FFEF). A decoding <em>fits</em> when it succeeds, holds at least
 * {@value #MIN_CHARACTERS} non-ASCII characters (one stray byte proves nothing) and scores at least {@value #FITS}.
 * The answer is the one that fits; when both do, the one scoring at least {@value #MARGIN} more; else none.
 * Measured on the seeds, MAC-Dev and the Bible (Simplified, and turned Traditional by ICU): the right decoding
 * scores 0.96–1.00; Big5 bytes read as GB18030 (which accepts almost any byte pair) land in kana, Greek, Cyrillic,
 * private-use and rare rows and score 0.07–0.31; GB bytes never decode as Big5 at all.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChineseEncodings {
    /** The least score of a decoding that fits. */
    public static final double FITS = 0.6;
    /** How much better one fitting decoding must score than the other to be chosen. */
    public static final double MARGIN = 0.2;
    /** The fewest non-ASCII characters a decoding that fits holds. */
    public static final int MIN_CHARACTERS = 4;

    private static final List<Charset> CANDIDATES = List.of(Charset.forName("GB18030"), Charset.forName("Big5"));

    private ChineseEncodings() {
    }

    /**
     * The legacy Chinese encoding of {@code bytes[0, length)}, if the rule above finds one.
     *
     * @param complete whether the bytes are the whole text (else they are a prefix, and a multi-byte
     *                 character cut off at the end is not an error)
     * @param bytes the bytes to judge
     * @param length how many bytes of {@code bytes}, from the start, to judge
     * @return GB18030 or Big5 when the bytes are not UTF-8 but one of those; empty otherwise
     */
    public static Optional<Charset> guess(byte[] bytes, int length, boolean complete) {
        Objects.checkFromIndexSize(0, length, bytes.length);
        if (mostlyUtf8(bytes, length, complete)) {
            return Optional.empty();
        }
        Charset best = null;
        double bestScore = -1;
        double otherScore = -1;
        for (Charset charset : CANDIDATES) {
            double score = score(bytes, length, complete, charset);
            if (score > bestScore) {
                otherScore = bestScore;
                bestScore = score;
                best = charset;
            } else if (score > otherScore) {
                otherScore = score;
            }
        }
        if (bestScore < FITS || otherScore >= FITS && bestScore - otherScore < MARGIN) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** The score of the bytes decoded as {@code charset}, -1 when they do not decode or hold no non-ASCII. */
    private static double score(byte[] bytes, int length, boolean complete, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = CharBuffer.allocate(length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), text, complete);
        if (result.isError() || complete && decoder.flush(text).isError()) {
            return -1;
        }
        text.flip();
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        long nonAscii = 0;
        long plausible = 0;
        while (text.hasRemaining()) {
            char c = text.get();
            if (c >= 0x80) {
                nonAscii++;
                plausible += plausible(c, gb2312) ? 1 : 0;
            }
        }
        return nonAscii < MIN_CHARACTERS ? -1 : (double) plausible / nonAscii;
    }

    /** Whether the bytes hold at least as many valid UTF-8 characters beyond ASCII as invalid bytes. */
    private static boolean mostlyUtf8(byte[] bytes, int length, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        long valid = 0;
        long invalid = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            out.flip();
            while (out.hasRemaining()) {
                valid += out.get() >= 0x80 ? 1 : 0;
            }
            out.clear();
            if (result.isError()) {
                invalid += result.length();
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                return valid >= invalid;
            }
        }
    }

    private static boolean plausible(char c, CharsetEncoder gb2312) {
        if (c >= '\u2000' && c <= '\u206F' || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF') {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && gb2312.canEncode(HanVariants.simplified(c));
    }
}
