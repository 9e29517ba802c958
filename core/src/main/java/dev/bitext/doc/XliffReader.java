package dev.bitext.doc;

import dev.bitext.BitextException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF file, 1.2 ({@code urn:oasis:names:tc:xliff:document:1.2}) or 2.0/2.1/2.2
 * ({@code urn:oasis:names:tc:xliff:document:2.0}), into its source and target sides.
 *
 * <p>What is read: every translation unit (1.2 {@code trans-unit}, 2.x {@code unit}, inside files and
 * nested groups) gives one {@link BlockKind#PARAGRAPH} block a side, paths {@code file[N]/unit[ID]/source}
 * and {@code file[N]/unit[ID]/target} (N counts the {@code file} elements from 1; ID is the unit's
 * {@code id}, or its position in the file when it has none). A 2.x unit's segments (and ignorables) are
 * joined with a space (white space at their ends
 * stripped, blank ones left out). The languages come from 1.2 {@code source-language}/{@code target-language} (the
 * first file that declares them) or 2.x {@code srcLang}/{@code trgLang}.
 *
 * <p>Inline markup: the text inside {@code g}, {@code mrk}, {@code pc} and the like is kept; native codes
 * and placeholders ({@code x}, {@code bx}, {@code ex}, {@code ph}, {@code it}, {@code bpt}, {@code ept},
 * {@code sc}, {@code ec}) are dropped with their content, leaving nothing in their place; a 2.x
 * {@code cp} gives its character. The {@code equiv}/{@code disp} text of placeholders is not used: it
 * is a display hint (often like {@code {1}}), not sentence text, and dropping it on both sides keeps them
 * comparable. Left out too: 1.2 {@code seg-source} and {@code alt-trans} (a copy of the source, and other
 * candidates), notes, 2.x {@code originalData}, {@code bin-unit}.
 *
 * <p>Units without a translation: a unit whose target is missing or blank has no target block. When no
 * unit has one (a file not yet translated), the source side holds every unit and the target side is
 * empty ({@link XliffSides#bilingual()} is false). When some have one, both sides hold only the units that
 * have both a source and a target, in the same order: aligning an untranslated unit's source against
 * nothing would only add 1-0 beads or pull a neighbour's translation into a wrong bead.
 *
 * <p>Stateless and thread-safe.
 */
public final class XliffReader {
    static final String NS12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String NS20 = "urn:oasis:names:tc:xliff:document:2.0";
    /** Inline codes dropped with their content. */
    private static final Set<String> CODES = Set.of("x", "bx", "ex", "ph", "it", "bpt", "ept", "sc", "ec");

    private XliffReader() {
    }

    private record Unit(String path, String source, String target) {
    }

    /**
     * Reads an XLIFF file.
     *
     * @param bytes the file's content
     * @param name  the file's name, for messages
     * @return its source and target sides with the declared languages
     * @throws BitextException starting with {@code name} if the file is not well-formed XML (a DTD counts as
     *                         malformed: none is read), is not XLIFF, or is an XLIFF version other than 1.2
     *                         and 2.x
     */
    public static XliffSides read(byte[] bytes, String name) {
        XMLStreamReader r = SafeXml.open(bytes, name);
        try {
            if (SafeXml.nextTag(r) != XMLStreamConstants.START_ELEMENT) {
                throw new BitextException(name + ": not an XML file (no element)");
            }
            if (!r.getLocalName().equals("xliff")) {
                throw new BitextException(name + ": not an XLIFF file (the root element is <"
                        + r.getLocalName() + ">, not <xliff>)");
            }
            String version = DocxBody.attr(r, "version");
            String ns = r.getNamespaceURI();
            boolean two = NS20.equals(ns) || (version != null && version.startsWith("2."));
            boolean twelve = NS12.equals(ns) || "1.2".equals(version);
            if (version != null && !version.equals("1.2") && !version.startsWith("2.") || !two && !twelve) {
                throw new BitextException(name + ": XLIFF version " + (version == null ? "unknown" : version)
                        + " is not supported (1.2 or 2.x)");
            }
            String[] languages = {DocxBody.attr(r, "srcLang"), DocxBody.attr(r, "trgLang")};
            List<Unit> units = new ArrayList<>();
            int file = 0;
            while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("file")) {
                    file++;
                    if (languages[0] == null) {
                        languages[0] = DocxBody.attr(r, "source-language");
                    }
                    if (languages[1] == null) {
                        languages[1] = DocxBody.attr(r, "target-language");
                    }
                    units(r, "file[" + file + "]", new int[1], units);
                } else {
                    SafeXml.skip(r);
                }
            }
            return sides(units, languages);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(name, e);
        }
    }

    private static XliffSides sides(List<Unit> units, String[] languages) {
        boolean translated = units.stream().anyMatch(u -> u.target() != null);
        StructuredText.Builder source = StructuredText.builder(InputFormat.XLIFF);
        StructuredText.Builder target = StructuredText.builder(InputFormat.XLIFF);
        for (Unit u : units) {
            if (!translated) {
                source.add(BlockKind.PARAGRAPH, u.source(), u.path() + "/source");
            } else if (u.target() != null && !u.source().isBlank()) {
                source.add(BlockKind.PARAGRAPH, u.source(), u.path() + "/source");
                target.add(BlockKind.PARAGRAPH, u.target(), u.path() + "/target");
            }
        }
        return new XliffSides(source.build(), target.build(), languages[0], languages[1]);
    }

    /** Collects the units inside the current element (a file, a body, a group) to its end. */
    private static void units(XMLStreamReader r, String file, int[] position, List<Unit> units)
            throws XMLStreamException {
        while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "trans-unit", "unit" -> {
                    position[0]++;
                    String id = DocxBody.attr(r, "id");
                    units.add(unit(r, file + "/unit[" + (id == null ? String.valueOf(position[0]) : id) + "]"));
                }
                case "body", "group" -> units(r, file, position, units);
                default -> SafeXml.skip(r);
            }
        }
    }

    /** Reads a unit: its source and target, through 2.x segments and ignorables. */
    private static Unit unit(XMLStreamReader r, String path) throws XMLStreamException {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        parts(r, source, target);
        String t = join(target);
        return new Unit(path, join(source), t.isEmpty() ? null : t);
    }

    /** The non-blank parts, stripped, joined with a space. */
    private static String join(List<String> parts) {
        return String.join(" ", parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    private static void parts(XMLStreamReader r, List<String> source, List<String> target)
            throws XMLStreamException {
        while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "source" -> source.add(inline(r));
                case "target" -> target.add(inline(r));
                case "segment", "ignorable" -> parts(r, source, target);
                default -> SafeXml.skip(r);
            }
        }
    }

    /** The text of the current element (a source or target) with its inline markup handled, to its end. */
    private static String inline(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        inline(r, text);
        return text.toString();
    }

    private static void inline(XMLStreamReader r, StringBuilder text) throws XMLStreamException {
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = r.getLocalName();
                    if (CODES.contains(name)) {
                        SafeXml.skip(r);
                    } else if (name.equals("cp")) {
                        codePoint(DocxBody.attr(r, "hex"), text);
                        SafeXml.skip(r);
                    } else {
                        inline(r, text);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                default -> {
                }
            }
        }
    }

    private static void codePoint(String hex, StringBuilder text) {
        if (hex == null) {
            return;
        }
        try {
            text.appendCodePoint(Integer.parseInt(hex.strip(), 16));
        } catch (IllegalArgumentException e) {
            // a cp without a valid code point: nothing to show
        }
    }
}
