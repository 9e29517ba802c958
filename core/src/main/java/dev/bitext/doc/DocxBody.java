package dev.bitext.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks one WordprocessingML part (the document, the footnotes or the endnotes) and adds its blocks to a
 * builder; see {@link DocxReader} for what is kept. Not thread-safe: one walker per part.
 */
final class DocxBody {
    /** Which part is walked. */
    enum Part { DOCUMENT, FOOTNOTES, ENDNOTES }

    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final XMLStreamReader r;
    private final DocxStyles styles;
    private final StructuredText.Builder out;
    /** The fields open here, innermost last: true once past their separator (showing the result). */
    private final Deque<Boolean> fields = new ArrayDeque<>();

    DocxBody(XMLStreamReader r, DocxStyles styles, StructuredText.Builder out) {
        this.r = r;
        this.styles = styles;
        this.out = out;
    }

    /** A paragraph read: its kind, its text, and the paragraphs of text boxes anchored in it. */
    private record Para(BlockKind kind, String text, List<String> boxes) {
    }

    /** What a container does with the paragraphs and tables it holds. */
    private interface Sink {
        void paragraph(Para p);

        void table() throws XMLStreamException;
    }

    void read(Part part) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            if (part == Part.DOCUMENT && name.equals("body")) {
                body();
            } else if (part != Part.DOCUMENT && (name.equals("footnote") || name.equals("endnote"))) {
                note(name, part == Part.FOOTNOTES ? "footnotes" : "endnotes");
            }
        }
    }

    private void body() throws XMLStreamException {
        int[] count = new int[2];
        container(new Sink() {
            @Override
            public void paragraph(Para p) {
                String path = "document/p[" + ++count[0] + "]";
                out.add(p.kind(), p.text(), path);
                for (int k = 0; k < p.boxes().size(); k++) {
                    out.add(BlockKind.PARAGRAPH, p.boxes().get(k), path + "/txbx/p[" + (k + 1) + "]");
                }
            }

            @Override
            public void table() throws XMLStreamException {
                DocxBody.this.table("document/tbl[" + ++count[1] + "]");
            }
        });
    }

    private void note(String element, String partName) throws XMLStreamException {
        String type = attr(r, "type");
        String id = attr(r, "id");
        if (type != null && !type.equals("normal")) {
            SafeXml.skip(r);
            return;
        }
        StringBuilder text = new StringBuilder();
        container(lines(text));
        out.add(BlockKind.FOOTNOTE, text.toString(), partName + "/" + element + "[" + id + "]");
    }

    /** A sink that appends every paragraph (and every cell of a table) as lines of {@code text}. */
    private Sink lines(StringBuilder text) {
        return new Sink() {
            @Override
            public void paragraph(Para p) {
                text.append(p.text()).append('\n');
                p.boxes().forEach(b -> text.append(b).append('\n'));
            }

            @Override
            public void table() throws XMLStreamException {
                tableAsLines(text);
            }
        };
    }

    /** Reads the children of the current element as block content until its end tag. */
    private void container(Sink sink) throws XMLStreamException {
        while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "p" -> sink.paragraph(paragraph());
                case "tbl" -> sink.table();
                case "sdt", "customXml", "sdtContent", "ins", "moveTo" -> container(sink);
                default -> SafeXml.skip(r);
            }
        }
    }

    private void table(String path) throws XMLStreamException {
        int[] row = new int[1];
        rows(() -> {
            String rowPath = path + "/tr[" + ++row[0] + "]";
            int[] cell = new int[1];
            cells(() -> cell(rowPath + "/tc[" + ++cell[0] + "]"));
        });
    }

    private void tableAsLines(StringBuilder text) throws XMLStreamException {
        rows(() -> cells(() -> container(lines(text))));
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    /** Calls {@code each} at every {@code w:tr} of the current table (through content controls). */
    private void rows(Step each) throws XMLStreamException {
        children("tr", each);
    }

    /** Calls {@code each} at every {@code w:tc} of the current row (through content controls). */
    private void cells(Step each) throws XMLStreamException {
        children("tc", each);
    }

    private void children(String element, Step each) throws XMLStreamException {
        while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            if (name.equals(element)) {
                each.run();
            } else if (name.equals("sdt") || name.equals("sdtContent") || name.equals("customXml")) {
                children(element, each);
            } else {
                SafeXml.skip(r);
            }
        }
    }

    private void cell(String path) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int[] nested = new int[1];
        Sink lines = lines(text);
        container(new Sink() {
            @Override
            public void paragraph(Para p) {
                lines.paragraph(p);
            }

            @Override
            public void table() throws XMLStreamException {
                out.add(BlockKind.TABLE_CELL, text.toString(), path);
                text.setLength(0);
                DocxBody.this.table(path + "/tbl[" + ++nested[0] + "]");
            }
        });
        out.add(BlockKind.TABLE_CELL, text.toString(), path);
    }

    /** Reads a {@code w:p} (the reader at its start tag) to its end. */
    private Para paragraph() throws XMLStreamException {
        String[] style = new String[1];
        int[] numbering = new int[1];
        StringBuilder text = new StringBuilder();
        List<String> boxes = new ArrayList<>();
        inline(text, boxes, style, numbering);
        return new Para(styles.kind(style[0], numbering[0] > 0, numbering[0] < 0), text.toString(), boxes);
    }

    /** Reads the inline content of the current element (a paragraph, a run, an insertion...) to its end. */
    private void inline(StringBuilder text, List<String> boxes, String[] style, int[] numbering)
            throws XMLStreamException {
        while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            if (MC.equals(r.getNamespaceURI())) {
                if (name.equals("Fallback")) {
                    SafeXml.skip(r);
                } else {
                    inline(text, boxes, style, numbering);
                }
                continue;
            }
            switch (name) {
                case "pPr" -> numbering[0] = paragraphProperties(r, style);
                case "t" -> {
                    String t = r.getElementText();
                    if (showing()) {
                        text.append(t.replace('\t', ' '));
                    }
                }
                case "tab", "ptab" -> empty(text, ' ');
                case "br", "cr" -> empty(text, '\n');
                case "noBreakHyphen" -> empty(text, '-');
                case "fldChar" -> {
                    field(attr(r, "fldCharType"));
                    SafeXml.skip(r);
                }
                case "txbxContent" -> {
                    StringBuilder box = new StringBuilder();
                    container(lines(box));
                    box.toString().lines().forEach(boxes::add);
                }
                case "rPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "sym", "softHyphen",
                        "footnoteReference", "endnoteReference", "footnoteRef", "endnoteRef", "commentReference",
                        "annotationRef", "sdtPr", "sdtEndPr", "oMath", "oMathPara", "fldData" -> SafeXml.skip(r);
                default -> inline(text, boxes, style, numbering);
            }
        }
    }

    private void empty(StringBuilder text, char c) throws XMLStreamException {
        if (showing()) {
            text.append(c);
        }
        SafeXml.skip(r);
    }

    private void field(String type) {
        if ("begin".equals(type)) {
            fields.addLast(false);
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            fields.removeLast();
            fields.addLast(true);
        } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.removeLast();
        }
    }

    /** {@return whether text here shows: no open field is in its instruction} */
    private boolean showing() {
        for (boolean result : fields) {
            if (!result) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a {@code w:pPr} (the reader at its start tag) to its end: its style id into {@code style[0]}
     * (when {@code style} is not null) and its numbering.
     *
     * @return 1 if it numbers the paragraph, -1 if it turns numbering off ({@code w:numId w:val="0"}), 0 if
     *         it says nothing about numbering
     */
    static int paragraphProperties(XMLStreamReader r, String[] style) throws XMLStreamException {
        int numbering = 0;
        while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            if (name.equals("pStyle") && style != null) {
                style[0] = attr(r, "val");
                SafeXml.skip(r);
            } else if (name.equals("numPr")) {
                numbering = 1;
                while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("numId") && "0".equals(attr(r, "val"))) {
                        numbering = -1;
                    }
                    SafeXml.skip(r);
                }
            } else {
                SafeXml.skip(r);
            }
        }
        return numbering;
    }

    /** {@return the value of the current element's attribute of that local name (any namespace), or null} */
    static String attr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }
}
