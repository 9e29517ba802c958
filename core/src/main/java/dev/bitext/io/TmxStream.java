package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Language;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the alignments of any number of documents into one TMX 1.4b file, one translation unit at a time,
 * in constant memory.
 *
 * <pre>{@code
 * try (TmxStream tmx = TmxStream.open(out, TmxSettings.defaults(), Language.ENGLISH, Language.CHINESE)) {
 *     for (...) tmx.add(alignment, "chapter-01.txt");
 * }
 * }</pre>
 *
 * <p>Only beads with both sides non-empty become translation units. Each {@code <tu>} carries the props
 * {@code x-confidence} (three decimals), {@code x-bead} (the bead type, e.g. {@code 1-2}) and, when a name
 * is given, {@code x-document}. Characters XML 1.0 forbids are removed from text and attribute values.
 *
 * <p>Language tags: a tag given in the {@link TmxSettings} is written on every {@code <tuv>} of its side;
 * where none is given, each alignment's documents get {@link TmxSettings#defaultTag(dev.bitext.Document)}
 * ({@code zh-TW} for a Traditional Chinese document, {@code zh-CN} for a Simplified one), so one TMX can hold
 * both. The header's {@code srclang} is the given source tag, else the source language's default tag
 * ({@code en-US}, {@code zh-CN}); a {@code <tu>} whose source tag differs from it carries its own
 * {@code srclang}, as TMX 1.4b provides.
 *
 * <p>Thread-safe: {@link #add} and {@link #close} are synchronized, so units from different threads never
 * interleave. {@link #close} completes the document but does not close the underlying {@link Writer}.
 */
public final class TmxStream implements Closeable {
    /** The {@code creationtoolversion} written to the header: the library's version (a test checks it against the POM). */
    public static final String CREATION_TOOL_VERSION = "0.2.0";

    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final Writer out;
    private final XMLStreamWriter xml;
    private final Language sourceLanguage;
    private final Language targetLanguage;
    /** The tags given in the settings, cleaned; null where the tag follows each document. */
    private final String givenSourceTag;
    private final String givenTargetTag;
    /** The header's {@code srclang}. */
    private final String headerSourceTag;
    private long units;
    private boolean closed;

    private TmxStream(Writer out, XMLStreamWriter xml, TmxSettings settings, Language source, Language target,
                      String headerSourceTag) {
        this.out = out;
        this.xml = xml;
        this.sourceLanguage = source;
        this.targetLanguage = target;
        this.givenSourceTag = clean(settings.sourceTag());
        this.givenTargetTag = clean(settings.targetTag());
        this.headerSourceTag = givenSourceTag != null ? givenSourceTag : headerSourceTag;
    }

    /**
     * Writes the XML declaration, doctype, {@code <tmx>}, the header and {@code <body>} to {@code out} and
     * returns a stream to add units to.
     *
     * @param out      receives UTF-8 XML text; if it is an {@code OutputStreamWriter} its charset must be UTF-8
     * @param settings language tags and creation date (null fields mean defaults)
     * @param source   the language of every alignment's source document
     * @param target   the language of every alignment's target document
     * @return the stream, to add units to and close
     * @throws IOException if writing fails
     */
    public static TmxStream open(Writer out, TmxSettings settings, Language source, Language target)
            throws IOException {
        Objects.requireNonNull(source, "source");
        return open(out, settings, source, target, source.defaultTag());
    }

    /**
     * As {@link #open(Writer, TmxSettings, Language, Language)} for the one alignment a file will hold: the
     * header's {@code srclang} is the tag of that alignment's source document.
     */
    static TmxStream open(Writer out, TmxSettings settings, Alignment alignment) throws IOException {
        Objects.requireNonNull(alignment, "alignment");
        return open(out, settings, alignment.source().language(), alignment.target().language(),
                TmxSettings.defaultTag(alignment.source()));
    }

    private static TmxStream open(Writer out, TmxSettings settings, Language source, Language target,
                                  String headerSourceTag) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        try {
            XMLStreamWriter xml = writer(out);
            TmxStream stream = new TmxStream(out, xml, settings, source, target, headerSourceTag);
            stream.writeProlog(settings.creationDate() == null ? Instant.now() : settings.creationDate());
            return stream;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    private static XMLStreamWriter writer(Writer out) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamWriter(out);
        }
    }

    /** The header's {@code srclang} for these settings and source language. */
    private static String headerTag(TmxSettings settings, Language source) {
        return settings.sourceTag() != null ? clean(settings.sourceTag()) : source.defaultTag();
    }

    private static String clean(String tag) {
        return tag == null ? null : XmlChars.clean(tag);
    }

    private void writeProlog(Instant created) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        indent(1);
        xml.writeEmptyElement("header");
        xml.writeAttribute("creationtool", "bitext");
        xml.writeAttribute("creationtoolversion", CREATION_TOOL_VERSION);
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("o-tmf", "bitext");
        xml.writeAttribute("adminlang", "en-US");
        xml.writeAttribute("srclang", headerSourceTag);
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("creationdate", TMX_DATE.format(created));
        indent(1);
        xml.writeStartElement("body");
    }

    /**
     * Adds one translation unit per bead of {@code alignment} that has both sides non-empty.
     *
     * @param alignment    an alignment whose documents have this stream's source and target languages
     * @param documentName written as the {@code x-document} prop of each unit; null or empty for none
     * @throws IllegalArgumentException if the alignment's languages differ from the stream's
     * @throws IllegalStateException    if the stream is closed
     * @throws IOException              if writing fails
     */
    public synchronized void add(Alignment alignment, String documentName) throws IOException {
        add(alignment, documentName, bead -> true);
    }

    /**
     * Adds one translation unit per bead of {@code alignment} that has both sides non-empty and that
     * {@code keep} accepts ({@code keep} is called for those beads only, in order).
     *
     * @param alignment    an alignment whose documents have this stream's source and target languages
     * @param documentName written as the {@code x-document} prop of each unit; null or empty for none
     * @param keep         which of the two-sided beads to write
     * @throws IllegalArgumentException if the alignment's languages differ from the stream's
     * @throws IllegalStateException    if the stream is closed
     * @throws IOException              if writing fails
     */
    public synchronized void add(Alignment alignment, String documentName, Predicate<Bead> keep) throws IOException {
        add(alignment, documentName, keep, bead -> false);
    }

    /**
     * Adds one translation unit per bead of {@code alignment} that has both sides non-empty and that
     * {@code keep} accepts, as {@link #add(Alignment, String, Predicate)} does; a unit whose bead {@code manual}
     * accepts (a pair a person made, for instance in a corrected ladder) has the prop {@code x-manual} with
     * value {@code edited} after the others (the review report's editor writes the same, and {@code checked}
     * for a bead a person confirmed as it was) and no {@code x-confidence}, since no aligner scored it.
     *
     * @param alignment    an alignment whose documents have this stream's source and target languages
     * @param documentName written as the {@code x-document} prop of each unit; null or empty for none
     * @param keep         which of the two-sided beads to write
     * @param manual       which of the beads written are manual (called for those beads only, after {@code keep})
     * @throws IllegalArgumentException if the alignment's languages differ from the stream's
     * @throws IllegalStateException    if the stream is closed
     * @throws IOException              if writing fails
     */
    public synchronized void add(Alignment alignment, String documentName, Predicate<Bead> keep,
                                 Predicate<Bead> manual) throws IOException {
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(manual, "manual");
        if (closed) {
            throw new IllegalStateException("TmxStream is closed");
        }
        if (alignment.source().language() != sourceLanguage || alignment.target().language() != targetLanguage) {
            throw new IllegalArgumentException("alignment is " + alignment.source().language() + " -> "
                    + alignment.target().language() + " but the TMX is " + sourceLanguage + " -> " + targetLanguage);
        }
        String document = documentName == null || documentName.isEmpty() ? null : XmlChars.clean(documentName);
        String sourceTag = givenSourceTag != null ? givenSourceTag : TmxSettings.defaultTag(alignment.source());
        String targetTag = givenTargetTag != null ? givenTargetTag : TmxSettings.defaultTag(alignment.target());
        try {
            for (Bead bead : alignment.beads()) {
                if (!bead.source().isEmpty() && !bead.target().isEmpty() && keep.test(bead)) {
                    writeUnit(xml, new TmxUnit(document, bead.type(), bead.confidence(), sourceTag,
                            alignment.sourceText(bead), targetTag, alignment.targetText(bead)), headerSourceTag,
                            manual.test(bead));
                    units++;
                }
            }
            xml.flush();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /**
     * Adds one translation unit given by its values, with the tags it names (characters XML forbids removed).
     *
     * @param unit the unit
     * @throws IllegalStateException if the stream is closed
     * @throws IOException           if writing fails
     */
    public synchronized void add(TmxUnit unit) throws IOException {
        Objects.requireNonNull(unit, "unit");
        if (closed) {
            throw new IllegalStateException("TmxStream is closed");
        }
        try {
            writeUnit(xml, cleaned(unit), headerSourceTag, false);
            xml.flush();
            units++;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /**
     * One unit's XML exactly as a stream opened with {@code settings} and {@code source} writes it: from
     * {@code <tu>} to {@code </tu>}, indented as in the file, with no line break at either end. Lines of these,
     * each followed by a line break, make a fragment for {@link #addFragment}. Thread-safe.
     *
     * @param unit     the unit
     * @param settings the settings of the stream the unit will go into
     * @param source   that stream's source language
     * @return the unit's XML
     */
    public static String unitXml(TmxUnit unit, TmxSettings settings, Language source) {
        Objects.requireNonNull(unit, "unit");
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = writer(text);
            writeUnit(w, cleaned(unit), headerTag(settings, source), false);
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot render a TMX unit", e);
        }
        return text.getBuffer().substring(1); // the leading line break
    }

    /**
     * Copies a fragment of units made elsewhere into this stream, as they are: lines of {@link #unitXml}
     * (rendered for this stream's settings and source language), each followed by a line break. The result
     * is the file {@link #add(TmxUnit)} would write for the same units; the fragment is not checked.
     *
     * @param fragment the fragment's text, read to its end (not closed)
     * @param units    the number of units it holds, added to {@link #unitsWritten()}
     * @throws IllegalStateException if the stream is closed
     * @throws IOException           if reading or writing fails
     */
    public synchronized void addFragment(java.io.Reader fragment, long units) throws IOException {
        Objects.requireNonNull(fragment, "fragment");
        if (closed) {
            throw new IllegalStateException("TmxStream is closed");
        }
        try {
            xml.writeCharacters(""); // completes a start tag still open
            xml.flush();
        } catch (XMLStreamException e) {
            throw io(e);
        }
        char[] buffer = new char[1 << 14];
        boolean started = false;
        boolean pendingBreak = false;
        for (int n; (n = fragment.read(buffer)) > 0; ) {
            if (!started) {
                out.write('\n');
                started = true;
            }
            if (pendingBreak) {
                out.write('\n');
            }
            pendingBreak = buffer[n - 1] == '\n';
            out.write(buffer, 0, pendingBreak ? n - 1 : n);
        }
        out.flush();
        this.units += units;
    }

    /** {@code unit} with the characters XML forbids removed from its document name and tags. */
    private static TmxUnit cleaned(TmxUnit unit) {
        return new TmxUnit(unit.document() == null ? null : XmlChars.clean(unit.document()), unit.beadType(),
                unit.confidence(), XmlChars.clean(unit.sourceTag()), unit.sourceText(),
                XmlChars.clean(unit.targetTag()), unit.targetText());
    }

    /**
     * Writes one unit whose document name and tags are already clean (the texts are cleaned here); a manual
     * unit has {@code x-manual} instead of {@code x-confidence}.
     */
    private static void writeUnit(XMLStreamWriter xml, TmxUnit unit, String headerSourceTag, boolean manual)
            throws XMLStreamException {
        String sourceTag = unit.sourceTag();
        indent(xml, 2);
        xml.writeStartElement("tu");
        if (!sourceTag.equals(headerSourceTag)) {
            xml.writeAttribute("srclang", sourceTag);
        }
        if (!manual) {
            prop(xml, "x-confidence", Formats.confidence(unit.confidence()));
        }
        prop(xml, "x-bead", unit.beadType());
        if (unit.document() != null && !unit.document().isEmpty()) {
            prop(xml, "x-document", unit.document());
        }
        if (manual) {
            prop(xml, "x-manual", "edited");
        }
        variant(xml, sourceTag, unit.sourceText());
        variant(xml, unit.targetTag(), unit.targetText());
        indent(xml, 2);
        xml.writeEndElement();
    }

    private static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        indent(xml, 3);
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void variant(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
        indent(xml, 3);
        xml.writeStartElement("tuv");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", lang);
        indent(xml, 4);
        xml.writeStartElement("seg");
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
        indent(xml, 3);
        xml.writeEndElement();
    }

    private void indent(int depth) throws XMLStreamException {
        indent(xml, depth);
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** {@return the number of translation units written so far} */
    public synchronized long unitsWritten() {
        return units;
    }

    /**
     * Writes {@code </body></tmx>} and flushes; does not close the underlying {@link Writer}. Calling it
     * again has no effect.
     *
     * @throws IOException if writing fails
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            indent(1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    private static IOException io(XMLStreamException e) {
        return e.getCause() instanceof IOException cause ? cause : new IOException(e.getMessage(), e);
    }
}
