package dev.bitext.tm;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.io.TmxSettings;
import dev.bitext.io.TmxStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The data the review report's editor needs, as JSON for {@code <script type="application/json">} blocks:
 * per document its name, language tags, each side's sentences (stripped, as {@link Alignment#join} uses them;
 * left out where the page reads it from its row, see {@link #readableFromRow}) and its beads (their shapes
 * and confidences when they run through both sides in order, else each as its ids, confidence and verdict);
 * once per
 * report the TMX header's values and a SHA-256 of all document blocks, the key under which the page keeps a
 * person's edits.
 *
 * <p>The JSON has {@code < > &} and every character outside printable ASCII and the Basic Multilingual
 * Plane's ordinary letters escaped as {@code \\uXXXX}, so a block can end neither the script element nor
 * the page's well-formedness as XML.
 *
 * <p>Not thread-safe: one instance follows one report.
 */
final class EditorData {
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TmxSettings settings;
    private final MessageDigest digest;
    private String headerSourceTag;

    EditorData(TmxSettings settings) {
        this.settings = settings;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** One document's block content; its bytes go into the report's hash. */
    String document(String name, Alignment alignment, List<FilterReason> verdicts) {
        if (headerSourceTag == null) {
            headerSourceTag = settings.sourceTag() != null ? settings.sourceTag()
                    : alignment.source().language().defaultTag();
        }
        StringBuilder json = new StringBuilder(256 + 64 * alignment.beads().size());
        json.append("{\"name\":");
        string(json, name);
        json.append(",\"srcTag\":");
        string(json, settings.sourceTagFor(alignment.source()));
        json.append(",\"tgtTag\":");
        string(json, settings.targetTagFor(alignment.target()));
        json.append(",\"srcLang\":\"").append(alignment.source().language().code())
                .append("\",\"tgtLang\":\"").append(alignment.target().language().code()).append('"');
        json.append(",\"src\":");
        sentences(json, alignment.source(), alone(alignment, true));
        json.append(",\"tgt\":");
        sentences(json, alignment.target(), alone(alignment, false));
        if (consecutive(alignment.beads())) {
            shapes(json, alignment.beads());
        } else {
            beads(json, alignment.beads(), verdicts);
        }
        json.append('}');
        String text = json.toString();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return text;
    }

    /**
     * Beads that run through both sides in order, as most do: only their shapes ({@code "1-2 1-1 0-1"}) and
     * confidences (as TMX writes them, in thousandths); the page takes their verdicts from the rows'
     * {@code data-out}, which hold the same.
     */
    private static void shapes(StringBuilder json, List<Bead> beads) {
        json.append(",\"shapes\":\"");
        for (int k = 0; k < beads.size(); k++) {
            Bead b = beads.get(k);
            json.append(k == 0 ? "" : " ").append(b.source().size()).append('-').append(b.target().size());
        }
        json.append("\",\"conf\":[");
        for (int k = 0; k < beads.size(); k++) {
            String c = String.format(Locale.ROOT, "%.3f", beads.get(k).confidence());
            json.append(k == 0 ? "" : ",").append(Integer.parseInt(c.replace(".", "")));
        }
        json.append(']');
    }

    /** Any beads: {@code [source ids, target ids, confidence as TMX writes it, verdict or null]} each. */
    private static void beads(StringBuilder json, List<Bead> beads, List<FilterReason> verdicts) {
        json.append(",\"beads\":[");
        for (int k = 0; k < beads.size(); k++) {
            Bead bead = beads.get(k);
            json.append(k == 0 ? "\n[" : ",\n[");
            ids(json, bead.source());
            json.append(',');
            ids(json, bead.target());
            json.append(",\"").append(String.format(Locale.ROOT, "%.3f", bead.confidence())).append("\",");
            FilterReason verdict = verdicts.get(k);
            json.append(verdict == null ? "null" : "\"" + verdict.name() + "\"").append(']');
        }
        json.append(']');
    }

    /** Whether the beads take the sentences of both sides in order, each bead's ids consecutive. */
    static boolean consecutive(List<Bead> beads) {
        int i = 0;
        int j = 0;
        for (Bead b : beads) {
            for (int id : b.source()) {
                if (id != i++) {
                    return false;
                }
            }
            for (int id : b.target()) {
                if (id != j++) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The report's block: TMX header values and the hash of the documents' blocks. */
    String meta() {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"hash\":\"").append(HexFormat.of().formatHex(digest.digest()))
                .append("\",\"tool\":\"bitext\",\"toolVersion\":\"").append(TmxStream.CREATION_TOOL_VERSION)
                .append("\",\"srclang\":");
        string(json, headerSourceTag == null ? "en-US" : headerSourceTag);
        json.append(",\"creationdate\":");
        if (settings.creationDate() == null) {
            json.append("null");
        } else {
            string(json, TMX_DATE.format(settings.creationDate()));
        }
        return json.append('}').toString();
    }

    /** Which sentences of a side are alone on their side of a bead (their row's cell holds just them). */
    private static boolean[] alone(Alignment alignment, boolean source) {
        boolean[] alone = new boolean[(source ? alignment.source() : alignment.target()).size()];
        for (Bead bead : alignment.beads()) {
            List<Integer> ids = source ? bead.source() : bead.target();
            if (ids.size() == 1) {
                alone[ids.get(0)] = true;
            }
        }
        return alone;
    }

    /**
     * A side's sentences, leaving out one alone on its side of a bead when its row's cell shows it unchanged
     * (the page reads it from there), so that the report does not hold most texts twice: a number is that
     * many sentences left out, a string the next sentence ({@code [2,"Three.","Four.",5]}: sentences 0 and
     * 1 and 4 to 8 from their rows).
     */
    private static void sentences(StringBuilder json, Document document, boolean[] alone) {
        json.append('[');
        int skipped = 0;
        boolean first = true;
        for (int i = 0; i <= document.size(); i++) {
            String text = i < document.size() ? document.sentence(i).text().strip() : null;
            if (text != null && alone[i] && readableFromRow(text)) {
                skipped++;
                continue;
            }
            if (skipped > 0) {
                json.append(first ? "" : ",").append(skipped);
                first = false;
                skipped = 0;
            }
            if (text != null) {
                json.append(first ? "" : ",");
                first = false;
                string(json, text);
            }
        }
        json.append(']');
    }

    /**
     * Whether a cell holding {@code text} gives it back unchanged to a script: not empty (an empty side shows
     * "no counterpart"), no control character, carriage return (the HTML parser makes it a line feed),
     * surrogate or noncharacter (the report shows those as U+FFFD).
     */
    static boolean readableFromRow(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c < 0xA0 || Character.isSurrogate(c)
                    || c >= 0xFDD0 && c <= 0xFDEF || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private static void ids(StringBuilder json, List<Integer> ids) {
        json.append('[');
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(ids.get(i));
        }
        json.append(']');
    }

    /** A JSON string; see the class comment for what is escaped. */
    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F && c != '<' && c != '>' && c != '&'
                    || c >= 0xA0 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE) {
                json.append(c);
            } else {
                json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        json.append('"');
    }
}
