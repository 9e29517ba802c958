package dev.bitext.doc;

import dev.bitext.BitextException;
import dev.bitext.io.ChineseEncodings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page into blocks with jsoup. The charset is the byte order mark's, else the page's
 * {@code <meta charset>} (or {@code http-equiv} content type), else UTF-8; a page taken as UTF-8 that is not
 * valid UTF-8 is read in the legacy Chinese encoding {@link ChineseEncodings#guess} finds (GB18030, Big5), else
 * refused with the offset of its first bad byte. Character references are decoded.
 * Page furniture is left out: {@code script}, {@code style}, {@code noscript}, {@code template}, {@code nav},
 * {@code header}, {@code footer}, {@code aside}, {@code form}, {@code button}, {@code select}, {@code iframe},
 * {@code svg}, and hidden elements ({@code hidden} attribute, {@code aria-hidden="true"}, inline
 * {@code display:none} or {@code visibility:hidden}). Headings {@code h1}-{@code h6} become
 * {@link BlockKind#HEADING} blocks, {@code li} {@link BlockKind#LIST_ITEM}, {@code td}/{@code th}
 * {@link BlockKind#TABLE_CELL}, {@code caption}/{@code figcaption} {@link BlockKind#CAPTION}, and {@code p}
 * and any other element holding text of its own (a {@code div} with direct text, say)
 * {@link BlockKind#PARAGRAPH}; a block inside another block is a block of its own and its text is not
 * repeated in the outer one. {@code <br>} is a line break inside a block. The title is left out (pages
 * repeat it in a heading). Paths are like {@code html/body/main/p[3]} (1-based among siblings of that name).
 * Stateless.
 */
public final class HtmlReader {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "header",
            "footer", "aside", "form", "button", "select", "iframe", "svg", "head", "object", "canvas", "math");
    /** Elements that start a block of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "dd",
            "dt", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "td", "th", "tr", "table", "thead",
            "tbody", "tfoot", "caption", "figcaption", "figure", "pre", "address", "body", "html", "hr",
            "fieldset", "details", "summary", "center");

    private HtmlReader() {
    }

    /**
     * Reads a page.
     *
     * @param bytes the page's bytes
     * @param name  the file's name, for messages
     * @return its text and blocks
     * @throws BitextException naming the file if it cannot be parsed
     */
    public static StructuredText read(byte[] bytes, String name) {
        org.jsoup.nodes.Document page = parse(bytes, null, name);
        if (page.charset().equals(StandardCharsets.UTF_8)) {
            long bad = firstInvalidUtf8(bytes);
            if (bad >= 0) {
                Charset guessed = ChineseEncodings.guess(bytes, bytes.length, true).orElseThrow(() ->
                        new BitextException(name + ": invalid UTF-8 at byte " + bad + " (the page declares no other"
                                + " charset, and it is not GB18030 or Big5 either)"));
                page = parse(bytes, guessed.name(), name);
            }
        }
        StructuredText.Builder out = StructuredText.builder(InputFormat.HTML);
        new Walk(out).block(page.body() == null ? page : page.body(), "html/body");
        return out.build();
    }

    private static org.jsoup.nodes.Document parse(byte[] bytes, String charset, String name) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException | RuntimeException e) {
            throw new BitextException(name + ": cannot read the HTML (" + e.getMessage() + ")", e);
        }
    }

    /** The offset of the first byte that is not valid UTF-8, or -1 when all are. */
    private static long firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(1 << 14);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** One pass over the tree, collecting blocks. */
    private static final class Walk {
        private final StructuredText.Builder out;

        Walk(StructuredText.Builder out) {
            this.out = out;
        }

        /** Emits {@code element} (a block element at {@code path}): its own text, then its inner blocks in order. */
        void block(Element element, String path) {
            StringBuilder own = new StringBuilder();
            java.util.Map<String, Integer> seen = null;
            for (Node child : element.childNodes()) {
                if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (seen == null) {
                        seen = new java.util.HashMap<>();
                    }
                    int n = seen.merge(tag, 1, Integer::sum);
                    if (dropped(e)) {
                        continue;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush(element, path, own);
                        block(e, path + "/" + tag + "[" + n + "]");
                    } else {
                        inline(e, own);
                    }
                } else if (child instanceof TextNode t) {
                    own.append(t.getWholeText().replace(BREAK, ' '));
                }
            }
            flush(element, path, own);
        }

        private void flush(Element element, String path, StringBuilder own) {
            String text = collapse(own);
            own.setLength(0);
            if (!text.isEmpty()) {
                out.add(kind(element.normalName()), text, path);
            }
        }

        /** Appends the text of an inline element; a block nested inside it is taken as inline text. */
        private void inline(Element element, StringBuilder own) {
            if (element.normalName().equals("br")) {
                own.append(BREAK);
                return;
            }
            if (element.normalName().equals("img")) {
                return;
            }
            for (Node child : element.childNodes()) {
                if (child instanceof Element e) {
                    if (!dropped(e)) {
                        inline(e, own);
                    }
                } else if (child instanceof TextNode t) {
                    own.append(t.getWholeText().replace(BREAK, ' '));
                }
            }
        }
    }

    /** Stands for a {@code <br>} in collected text (a NUL never comes out of the parser as text). */
    private static final char BREAK = '\0';

    /** White space runs as one space, spaces at line ends dropped; a {@code <br>} becomes a line break. */
    private static String collapse(StringBuilder raw) {
        int length = raw.length();
        char[] out = new char[length];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c == BREAK) {
                out[n++] = '\n';
                space = false;
            } else if (c <= ' ' || c == '\u00A0' || (c > '\u007F' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                space = true;
            } else {
                if (space && n > 0 && out[n - 1] != '\n') {
                    out[n++] = ' ';
                }
                space = false;
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    private static BlockKind kind(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li" -> BlockKind.LIST_ITEM;
            case "td", "th" -> BlockKind.TABLE_CELL;
            case "caption", "figcaption" -> BlockKind.CAPTION;
            default -> BlockKind.PARAGRAPH;
        };
    }

    private static boolean dropped(Element e) {
        if (DROPPED.contains(e.normalName()) || e.hasAttr("hidden")
                || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
