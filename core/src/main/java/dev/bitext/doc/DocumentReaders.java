package dev.bitext.doc;

import dev.bitext.BitextException;
import dev.bitext.io.TextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a file of any format bitext knows into {@link StructuredText}. The format is the one given
 * ({@code --input-format}), else the file name's extension ({@link InputFormat#ofFileName}), else plain text;
 * then it is checked against the content, so that a file is never silently taken for what it is not:
 * <ul>
 * <li>a file taken as text (a {@code .txt}, no extension, an unknown extension) that is a ZIP archive, a PDF,
 * an old Word document or an HTML page is refused: {@code FILE: looks like a PDF file; bitext reads text,
 * HTML, Markdown, DOCX, XLIFF, SRT and WebVTT} (an HTML page: {@code ...; pass --input-format html}, unless
 * text was asked for: then its markup is read as text);</li>
 * <li>a {@code .docx} that is not a ZIP archive, an HTML file without any markup and an XLIFF file that is not
 * XML are refused, naming the file.</li>
 * </ul>
 * Text, Markdown and subtitles are decoded with the {@link TextReader} given (strict, with its charset and
 * notes); HTML by its byte order mark or {@code <meta charset>}, else as UTF-8. An XLIFF file with targets
 * is a bilingual document: its sources' blocks, then its targets' (for the bilingual splitter); one without
 * targets is its sources. Stateless.
 */
public final class DocumentReaders {
    /** How much of a file's start the content checks look at. */
    static final int HEAD = 4096;
    private static final String FORMATS = "bitext reads text, HTML, Markdown, DOCX, XLIFF, SRT and WebVTT";

    private DocumentReaders() {
    }

    /**
     * Reads a file.
     *
     * @param file     the file
     * @param override the format given by the user, or null to go by the name and the content
     * @param decoder  how text formats are decoded
     * @return its text and blocks
     * @throws BitextException naming the file if it is missing or unreadable, not of the format it claims
     *                         or looks like one bitext does not read, or cannot be decoded or parsed
     */
    public static StructuredText read(Path file, InputFormat override, TextReader decoder) {
        InputFormat format = formatOf(file, override);
        if (format == InputFormat.TEXT) {
            return plainText(decoder.read(file));
        }
        return readAs(bytes(file), file.toString(), format, decoder);
    }

    /**
     * Reads bytes already read, such as standard input.
     *
     * @param bytes    the bytes
     * @param name     what to call them in messages, such as {@code standard input}
     * @param override the format given by the user, or null to go by the name and the content
     * @param decoder  how text formats are decoded
     * @return their text and blocks
     * @throws BitextException naming {@code name} as {@link #read(Path, InputFormat, TextReader)} does
     */
    public static StructuredText read(byte[] bytes, String name, InputFormat override, TextReader decoder) {
        InputFormat format = formatOf(name, bytes, override);
        return readAs(bytes, name, format, decoder);
    }

    private static StructuredText readAs(byte[] bytes, String name, InputFormat format, TextReader decoder) {
        return switch (format) {
            case TEXT -> plainText(decoder.decode(bytes, name));
            case HTML -> HtmlReader.read(bytes, name);
            case MARKDOWN -> MarkdownReader.read(decoder.decode(bytes, name));
            case DOCX -> DocxReader.read(bytes, name);
            case XLIFF -> xliff(XliffReader.read(bytes, name));
            case SRT, WEBVTT -> SubtitleReader.read(decoder.decode(bytes, name), format, name);
        };
    }

    /**
     * The format a file is read in: {@code override}, else its extension's, else text; checked against
     * the start of its content.
     *
     * @param file     the file
     * @param override the format given by the user, or null
     * @return the format
     * @throws BitextException naming the file if it is missing or unreadable, or its content does not fit
     */
    public static InputFormat formatOf(Path file, InputFormat override) {
        TextReader.requireFile(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw BitextException.about(file, e);
        }
        return formatOf(file.toString(), head, override);
    }

    /**
     * The format of content named {@code name}: {@code override}, else the name's extension's, else text;
     * checked against the content's start.
     *
     * @param name     the file's name
     * @param head     the content, or at least its first few kilobytes
     * @param override the format given by the user, or null
     * @return the format
     * @throws BitextException naming {@code name} if the content does not fit the format
     */
    public static InputFormat formatOf(String name, byte[] head, InputFormat override) {
        Objects.requireNonNull(name, "name");
        InputFormat format = override != null ? override
                : InputFormat.ofFileName(name).orElse(InputFormat.TEXT);
        String looks = looksLike(head);
        switch (format) {
            case TEXT -> {
                if ("HTML".equals(looks)) {
                    if (override == InputFormat.TEXT) {
                        return format;
                    }
                    throw new BitextException(name + ": looks like an HTML page; pass --input-format html"
                            + " (or --input-format text to read its markup as text)");
                }
                if (looks != null) {
                    throw new BitextException(name + ": looks like " + article(looks) + " file; " + FORMATS);
                }
            }
            case DOCX -> {
                if (!"ZIP".equals(looks)) {
                    throw new BitextException(name + ": not a DOCX file (not a ZIP archive"
                            + (looks == null ? "" : "; looks like " + article(looks) + " file") + ")");
                }
            }
            case XLIFF -> {
                if (!startsXml(head)) {
                    throw new BitextException(name + ": not an XLIFF file (not XML"
                            + (looks == null ? "" : "; looks like " + article(looks) + " file") + ")");
                }
            }
            case HTML -> {
                if (looks != null && !looks.equals("HTML")) {
                    throw new BitextException(name + ": not an HTML file (looks like " + article(looks)
                            + " file)");
                }
                if (indexOf(head, (byte) '<') < 0) {
                    throw new BitextException(name + ": not an HTML file (no markup at all); pass"
                            + " --input-format text to read it as text");
                }
            }
            default -> {
                if (looks != null && !looks.equals("HTML")) {
                    throw new BitextException(name + ": looks like " + article(looks) + " file; " + FORMATS);
                }
            }
        }
        return format;
    }

    /**
     * The format content shows by its start alone, for input without a name (standard input): HTML for a
     * page starting with {@code <!DOCTYPE html} or {@code <html}.
     *
     * @param head the content, or at least its first few kilobytes
     * @return HTML, or empty when the start says nothing bitext reads other than text
     */
    public static Optional<InputFormat> sniff(byte[] head) {
        return "HTML".equals(looksLike(head)) ? Optional.of(InputFormat.HTML) : Optional.empty();
    }

    /**
     * Plain text as blocks: every non-blank line a {@link BlockKind#PARAGRAPH} block, paths {@code line[N]}
     * (1-based line numbers).
     *
     * @param text the decoded text, line ends {@code \n}
     * @return its blocks
     */
    public static StructuredText plainText(String text) {
        StructuredText.Builder b = StructuredText.builder(InputFormat.TEXT);
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            b.add(BlockKind.PARAGRAPH, line, "line[" + n + "]");
        }
        return b.build();
    }

    private static StructuredText xliff(XliffSides sides) {
        if (!sides.bilingual()) {
            return sides.source();
        }
        StructuredText.Builder b = StructuredText.builder(InputFormat.XLIFF);
        for (StructuredText side : new StructuredText[] {sides.source(), sides.target()}) {
            for (Block block : side.blocks()) {
                b.add(block.kind(), side.text().substring(block.start(), block.end()), block.path(),
                        block.startMillis(), block.endMillis());
            }
        }
        return b.build();
    }

    /** What the content's start says it is, whatever its name: ZIP, PDF, old Word, HTML; or null. */
    static String looksLike(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return "ZIP";
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "old Word (.doc)";
        }
        String start = asciiStart(head).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return "HTML";
        }
        return null;
    }

    /** Whether the content starts with markup (after a UTF-8 mark and white space), or is marked UTF-16. */
    private static boolean startsXml(byte[] head) {
        return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF) || asciiStart(head).startsWith("<");
    }

    /** The start of the content after a UTF-8 mark and white space, as Latin-1, at most 64 characters. */
    private static String asciiStart(byte[] head) {
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return new String(head, i, Math.min(64, head.length - i), StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String article(String kind) {
        return switch (kind) {
            case "ZIP" -> "a ZIP";
            case "PDF" -> "a PDF";
            case "HTML" -> "an HTML";
            default -> "an " + kind;
        };
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw BitextException.about(file, e);
        }
    }
}
