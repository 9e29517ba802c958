package dev.bitext.doc;

import dev.bitext.BitextException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a Word document (OOXML {@code .docx}) into {@link StructuredText}.
 *
 * <p>It reads the package with the JDK alone ({@code java.util.zip} and StAX, DTDs and external entities
 * refused) rather than Apache POI: the subset needed for text is small (four parts, a few dozen elements),
 * while POI with XMLBeans would add some 20 MB of dependencies to the core library and trouble on the module
 * path.
 *
 * <p>What is read: the body of {@code word/document.xml} in order — paragraphs ({@code w:p}), whose kind
 * comes from the paragraph style resolved through {@code word/styles.xml} (Title and Heading 1-9:
 * {@link BlockKind#HEADING}; Caption: {@link BlockKind#CAPTION}; numbered, directly or through the style:
 * {@link BlockKind#LIST_ITEM}; else {@link BlockKind#PARAGRAPH}), and tables (each cell one
 * {@link BlockKind#TABLE_CELL} block, its paragraphs on separate lines; a nested table's cells are blocks of
 * their own) — then the footnotes and endnotes ({@link BlockKind#FOOTNOTE}, the separators left out). Text
 * is the {@code w:t} runs; a tab reads as a space, {@code w:br}/{@code w:cr} as a line break, a
 * non-breaking hyphen as {@code -}; symbols ({@code w:sym}), soft hyphens, math, comments, headers and
 * footers are left out. Tracked changes are taken as accepted: insertions and moved-to text kept, deletions
 * and moved-from text dropped. Of a field, its shown result is kept and its instruction dropped. Text boxes
 * are read in place: in the body as paragraphs after the paragraph that anchors them (path
 * {@code document/p[N]/txbx/p[K]}), in a cell or note as further lines of it; of Word's two copies of a
 * text box ({@code mc:AlternateContent}) only the first is read.
 *
 * <p>Paths: {@code document/p[12]} (the 12th paragraph of the body), {@code document/tbl[2]/tr[3]/tc[1]},
 * {@code footnotes/footnote[ID]} and {@code endnotes/endnote[ID]} with the note's {@code w:id}.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocxReader {
    /** The most bytes read out of the archive, all parts together (against zip bombs). */
    static final long MAX_BYTES = 512L << 20;
    /** The most entries an archive may hold. */
    static final int MAX_ENTRIES = 10_000;

    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String FOOTNOTES = "word/footnotes.xml";
    static final String ENDNOTES = "word/endnotes.xml";
    private static final Set<String> PARTS = Set.of(DOCUMENT, STYLES, FOOTNOTES, ENDNOTES);

    private DocxReader() {
    }

    /**
     * Reads a Word document.
     *
     * @param bytes the {@code .docx} file's content
     * @param name  the file's name, for messages
     * @return its text and blocks, the body first, then footnotes and endnotes
     * @throws BitextException starting with {@code name} if the file is not a ZIP archive, is an encrypted
     *                         or legacy Word file, lacks {@code word/document.xml}, holds malformed XML, or
     *                         unpacks to more than 512 MB or 10,000 entries
     */
    public static StructuredText read(byte[] bytes, String name) {
        return read(bytes, name, MAX_BYTES, MAX_ENTRIES);
    }

    static StructuredText read(byte[] bytes, String name, long maxBytes, int maxEntries) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            throw new BitextException(name + ": encrypted or a legacy .doc file; save it as .docx");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new BitextException(name + ": not a DOCX file (not a ZIP archive)");
        }
        Map<String, byte[]> parts = unzip(bytes, name, maxBytes, maxEntries);
        byte[] document = parts.get(DOCUMENT);
        if (document == null) {
            throw new BitextException(name + ": not a DOCX file (no " + DOCUMENT + " in the archive)");
        }
        DocxStyles styles = parts.containsKey(STYLES)
                ? DocxStyles.read(parts.get(STYLES), name + ": " + STYLES) : DocxStyles.NONE;
        StructuredText.Builder out = StructuredText.builder(InputFormat.DOCX);
        walk(document, name + ": " + DOCUMENT, styles, out, DocxBody.Part.DOCUMENT);
        if (parts.containsKey(FOOTNOTES)) {
            walk(parts.get(FOOTNOTES), name + ": " + FOOTNOTES, styles, out, DocxBody.Part.FOOTNOTES);
        }
        if (parts.containsKey(ENDNOTES)) {
            walk(parts.get(ENDNOTES), name + ": " + ENDNOTES, styles, out, DocxBody.Part.ENDNOTES);
        }
        return out.build();
    }

    private static void walk(byte[] xml, String where, DocxStyles styles, StructuredText.Builder out,
            DocxBody.Part part) {
        try {
            new DocxBody(SafeXml.open(xml, where), styles, out).read(part);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(where, e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes, String name, long maxBytes, int maxEntries) {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buf = new byte[1 << 16];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new BitextException(name + ": more than " + maxEntries
                            + " entries in the archive; refusing it");
                }
                String part = e.getName().replace('\\', '/').replaceFirst("^/", "").toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !PARTS.contains(part) || parts.containsKey(part)) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = zip.read(buf); n > 0; n = zip.read(buf)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new BitextException(name + ": " + part + " unpacks to more than "
                                + (maxBytes >= 1 << 20 ? (maxBytes >> 20) + " MB" : maxBytes + " bytes")
                                + "; refusing it (a damaged file or a zip bomb)");
                    }
                    content.write(buf, 0, n);
                }
                parts.put(part, content.toByteArray());
            }
        } catch (IOException e) {
            throw new BitextException(name + ": not a DOCX file (damaged ZIP archive: " + e.getMessage() + ")",
                    e);
        }
        if (entries == 0) {
            throw new BitextException(name + ": not a DOCX file (not a ZIP archive)");
        }
        return parts;
    }
}
