package dev.bitext.cli;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the beads of bitext's JSONL output ({@code align --format jsonl}): one object per line with
 * {@code "source"} and {@code "target"} index arrays and a {@code "confidence"} in [0, 1], or
 * {@code "confidence":null} for a manual bead, which is scored but has no confidence. Other keys are
 * ignored; blank lines are skipped. Every problem is a {@link BitextException} naming the file and line.
 * Stateless.
 */
final class JsonlBeads {
    private JsonlBeads() {
    }

    /** The beads of {@code text}, the content of the file {@code name}, without a byte order mark. */
    static ConfidentBeads read(String text, String name) {
        List<Bead> all = new ArrayList<>();
        List<Bead> confident = new ArrayList<>();
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + number + ": ";
            Map<String, Object> object = JsonLine.parseObject(line, where);
            Double confidence = confidence(object.get("confidence"), where);
            Bead bead = bead(indices(object, "source", where), indices(object, "target", where),
                    confidence == null ? 1.0 : confidence, where);
            all.add(bead);
            if (confidence != null) {
                confident.add(bead);
            }
        }
        return new ConfidentBeads(all, confident);
    }

    /** The confidence, or null when the bead has none (absent or {@code null}). */
    private static Double confidence(Object value, String where) {
        if (value == null || value == JsonLine.NULL) {
            return null;
        }
        if (value instanceof Double d && d >= 0.0 && d <= 1.0) {
            return d;
        }
        throw new BitextException(where + "\"confidence\" must be a number in [0, 1] or null, not " + value);
    }

    private static List<Integer> indices(Map<String, Object> object, String key, String where) {
        if (!(object.get(key) instanceof List<?> list)) {
            throw new BitextException(where + "expected \"" + key + "\" to be an array of sentence indices");
        }
        List<Integer> ids = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Double d) || d < 0 || d > Integer.MAX_VALUE || d != Math.floor(d)) {
                throw new BitextException(where + "\"" + key + "\" holds " + item
                        + ", not a sentence index (a non-negative integer)");
            }
            ids.add(d.intValue());
        }
        return ids;
    }

    private static Bead bead(List<Integer> source, List<Integer> target, double confidence, String where) {
        try {
            return new Bead(source, target, confidence);
        } catch (IllegalArgumentException e) {
            throw new BitextException(where + e.getMessage(), e);
        }
    }
}
