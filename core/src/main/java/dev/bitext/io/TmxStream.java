package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Language;
import java.io.Closeable;
import java.io.IOException;
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

    private TmxStream(XMLStreamWriter xml, TmxSettings settings, Language source, Language target,
                      String headerSourceTag) {
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
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            TmxStream stream = new TmxStream(xml, settings, source, target, headerSourceTag);
            stream.writeProlog(settings.creationDate() == null ? Instant.now() : settings.creationDate());
            return stream;
        } catch (XMLStreamException e) {
            throw io(e);
        }
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
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(keep, "keep");
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
                    writeUnit(alignment, bead, document, sourceTag, targetTag);
                    units++;
                }
            }
            xml.flush();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    private void writeUnit(Alignment alignment, Bead bead, String document, String sourceTag, String targetTag)
            throws XMLStreamException {
        indent(2);
        xml.writeStartElement("tu");
        if (!sourceTag.equals(headerSourceTag)) {
            xml.writeAttribute("srclang", sourceTag);
        }
        prop("x-confidence", Formats.confidence(bead.confidence()));
        prop("x-bead", bead.type());
        if (document != null) {
            prop("x-document", document);
        }
        variant(sourceTag, alignment.sourceText(bead));
        variant(targetTag, alignment.targetText(bead));
        indent(2);
        xml.writeEndElement();
    }

    private void prop(String type, String value) throws XMLStreamException {
        indent(3);
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void variant(String lang, String text) throws XMLStreamException {
        indent(3);
        xml.writeStartElement("tuv");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", lang);
        indent(4);
        xml.writeStartElement("seg");
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
        indent(3);
        xml.writeEndElement();
    }

    private void indent(int depth) throws XMLStreamException {
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
