package dev.bitext.io;

import java.util.List;
import java.util.Locale;

/** Small text conventions shared by the writers. Stateless and thread-safe. */
final class Formats {
    private Formats() {
    }

    /** A confidence with exactly three decimals and a dot, whatever the default locale: {@code 0.873}. */
    static String confidence(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Sentence indices as a ladder side or JSON array: {@code [0,1]}, {@code []}. */
    static String indexList(List<Integer> ids) {
        StringBuilder sb = new StringBuilder(2 + 4 * ids.size()).append('[');
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(ids.get(i).intValue());
        }
        return sb.append(']').toString();
    }
}
