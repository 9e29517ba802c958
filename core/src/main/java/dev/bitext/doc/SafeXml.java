package dev.bitext.doc;

import dev.bitext.BitextException;
import java.io.ByteArrayInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX for untrusted documents: no DTD, no external entity, namespaces on; and the messages for XML that
 * cannot be read. The factory is built per call (XMLInputFactory is not documented thread-safe).
 */
final class SafeXml {
    private SafeXml() {
    }

    /**
     * A namespace-aware stream reader over {@code bytes} that refuses DTDs and external entities.
     *
     * @param bytes the XML
     * @param where what to call it in a message, e.g. {@code report.docx: word/document.xml}
     * @return the reader, before the document's start
     * @throws BitextException naming {@code where} if the XML cannot even be opened
     */
    static XMLStreamReader open(byte[] bytes, String where) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return f.createXMLStreamReader(new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            throw malformed(where, e);
        }
    }

    /**
     * The exception for XML that is not well-formed (or uses a DTD), saying where.
     *
     * @param where what to call the document, e.g. {@code notes.xlf}
     * @param e     the parser's complaint
     * @return {@code WHERE: not well-formed XML at line L, column C: reason}
     */
    static BitextException malformed(String where, XMLStreamException e) {
        Location loc = e.getLocation();
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = reason.lastIndexOf("\nMessage: ");
        if (nl >= 0) {
            reason = reason.substring(nl + "\nMessage: ".length());
        }
        reason = reason.replaceAll("\\s+", " ").strip();
        String at = loc == null || loc.getLineNumber() < 0 ? ""
                : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
        return new BitextException(where + ": not well-formed XML" + at + ": " + reason, e);
    }

    /**
     * Skips the element the reader is on (at its start tag), with everything inside it.
     *
     * @param r the reader, at a start element
     * @throws XMLStreamException if the XML is malformed
     */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Moves to the next start or end element, past text, comments and processing instructions.
     *
     * @param r the reader
     * @return {@link XMLStreamConstants#START_ELEMENT}, {@link XMLStreamConstants#END_ELEMENT} or
     *         {@link XMLStreamConstants#END_DOCUMENT}
     * @throws XMLStreamException if the XML is malformed
     */
    static int nextTag(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT
                    || ev == XMLStreamConstants.END_DOCUMENT) {
                return ev;
            }
        }
    }
}
