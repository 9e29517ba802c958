package dev.bitext.io;

import dev.bitext.Bead;
import dev.bitext.BitextException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one non-blank ladder line. Stateless and thread-safe. */
final class LadderLine {
    private static final Pattern LINE =
            Pattern.compile("\\s*\\[([^\\[\\]]*)\\]\\s*:\\s*\\[([^\\[\\]]*)\\]\\s*(?::\\s*(\\S+)\\s*)?");
    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");
    private static final Pattern COST = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|(?i:[-+]?(?:nan|inf|infinity))");
    private static final int SHOWN = 60;

    private LadderLine() {
    }

    /**
     * The bead a line describes, or null when it is empty on both sides.
     *
     * @param where prefix of error messages, {@code "FILE:LINE: "}
     * @throws BitextException if the line is malformed
     */
    static Bead parse(String line, String where) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new BitextException(where + "expected '[i,j]:[k]' but found '" + shorten(line.strip()) + "'");
        }
        if (m.group(3) != null && !COST.matcher(m.group(3)).matches()) {
            throw new BitextException(where + "expected a number after the second ':' but found '"
                    + shorten(m.group(3)) + "'");
        }
        List<Integer> source = indices(m.group(1), "source", where);
        List<Integer> target = indices(m.group(2), "target", where);
        return source.isEmpty() && target.isEmpty() ? null : new Bead(source, target, 1.0);
    }

    private static List<Integer> indices(String list, String side, String where) {
        if (list.isBlank()) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String token = part.strip();
            if (!INDEX.matcher(token).matches()) {
                throw new BitextException(where + side + " index '" + shorten(token)
                        + "' is not a non-negative integer (in [" + shorten(list) + "])");
            }
            int id = Integer.parseInt(token);
            if (!ids.isEmpty() && id != ids.get(ids.size() - 1) + 1) {
                throw new BitextException(where + side + " indices must be ascending and consecutive but are ["
                        + shorten(list.strip()) + "]");
            }
            ids.add(id);
        }
        return ids;
    }

    private static String shorten(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
    }
}
