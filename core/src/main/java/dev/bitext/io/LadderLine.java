package dev.bitext.io;

import dev.bitext.BitextException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One non-blank ladder line's indices as written: in the order of the file, repeats kept. Immutable.
 *
 * @param source the source indices
 * @param target the target indices
 */
record LadderLine(List<Integer> source, List<Integer> target) {
    private static final Pattern LINE =
            Pattern.compile("\\s*\\[([^\\[\\]]*)\\]\\s*:\\s*\\[([^\\[\\]]*)\\]\\s*(?::\\s*(\\S+)\\s*)?");
    private static final Pattern INDEX = Pattern.compile("\\d+");
    private static final Pattern COST = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|(?i:[-+]?(?:nan|inf|infinity))");
    private static final int SHOWN = 60;

    /**
     * The indices a line holds.
     *
     * @param where prefix of error messages, {@code "FILE:LINE: "}
     * @throws BitextException if the line is malformed or an index exceeds {@link Integer#MAX_VALUE}
     */
    static LadderLine parse(String line, String where) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new BitextException(where + "expected '[i,j]:[k]' but found '" + shorten(line.strip()) + "'");
        }
        if (m.group(3) != null && !COST.matcher(m.group(3)).matches()) {
            throw new BitextException(where + "expected a number after the second ':' but found '"
                    + shorten(m.group(3)) + "'");
        }
        return new LadderLine(indices(m.group(1), "source", where), indices(m.group(2), "target", where));
    }

    /** Whether both sides are empty ({@code []:[]}). */
    boolean isEmpty() {
        return source.isEmpty() && target.isEmpty();
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
            String digits = token.replaceFirst("^0+(?=\\d)", "");
            if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
                throw new BitextException(where + side + " index '" + shorten(token) + "' is too large (the maximum is "
                        + Integer.MAX_VALUE + ")");
            }
            ids.add(Integer.parseInt(digits));
        }
        return List.copyOf(ids);
    }

    /** {@code s}, cut to a length that fits in a one-line message. */
    static String shorten(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
    }
}
