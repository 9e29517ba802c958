package dev.bitext.doc;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph styles of a Word document ({@code word/styles.xml}) as far as block kinds go: a style's name
 * (Title, Heading 1-9, Caption), the style it is based on, and whether it numbers its paragraphs. Immutable
 * once read.
 */
final class DocxStyles {
    /** No styles part: kinds come from the style ids alone ({@code Heading1}, {@code Title}, ...). */
    static final DocxStyles NONE = new DocxStyles(Map.of());

    private record Style(String name, String basedOn, boolean numbered) {
    }

    private final Map<String, Style> styles;

    private DocxStyles(Map<String, Style> styles) {
        this.styles = styles;
    }

    /**
     * Reads the styles part.
     *
     * @param xml   its bytes
     * @param where its name in messages
     * @return the styles
     * @throws dev.bitext.BitextException naming {@code where} if the XML is malformed
     */
    static DocxStyles read(byte[] xml, String where) {
        Map<String, Style> styles = new HashMap<>();
        XMLStreamReader r = SafeXml.open(xml, where);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("style")) {
                    String id = DocxBody.attr(r, "styleId");
                    String type = DocxBody.attr(r, "type");
                    if (id == null || (type != null && !type.equals("paragraph"))) {
                        SafeXml.skip(r);
                        continue;
                    }
                    styles.put(id, style(r));
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(where, e);
        }
        return new DocxStyles(Map.copyOf(styles));
    }

    private static Style style(XMLStreamReader r) throws XMLStreamException {
        String name = null;
        String basedOn = null;
        boolean numbered = false;
        while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "name" -> {
                    name = DocxBody.attr(r, "val");
                    SafeXml.skip(r);
                }
                case "basedOn" -> {
                    basedOn = DocxBody.attr(r, "val");
                    SafeXml.skip(r);
                }
                case "pPr" -> numbered = DocxBody.paragraphProperties(r, null) > 0;
                default -> SafeXml.skip(r);
            }
        }
        return new Style(name, basedOn, numbered);
    }

    /**
     * The kind of a paragraph.
     *
     * @param styleId  its {@code w:pStyle}, or null
     * @param numbered whether the paragraph itself carries {@code w:numPr} (with a numbering)
     * @param numOff   whether it turns its style's numbering off ({@code w:numId w:val="0"})
     * @return heading or caption by the style (through the styles it is based on), else a list item if
     *         numbered, else a paragraph
     */
    BlockKind kind(String styleId, boolean numbered, boolean numOff) {
        boolean styleNumbered = false;
        String id = styleId;
        for (int depth = 0; id != null && depth < 20; depth++) {
            Style s = styles.get(id);
            BlockKind named = byName(s == null || s.name() == null ? id : s.name());
            if (named != null) {
                return named;
            }
            if (s == null) {
                break;
            }
            styleNumbered |= s.numbered();
            id = s.basedOn();
        }
        return numbered || (styleNumbered && !numOff) ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
    }

    private static BlockKind byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.equals("title") || n.matches("heading[1-9]")) {
            return BlockKind.HEADING;
        }
        if (n.equals("caption")) {
            return BlockKind.CAPTION;
        }
        return null;
    }
}
