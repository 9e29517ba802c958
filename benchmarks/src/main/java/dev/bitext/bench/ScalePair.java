package dev.bitext.bench;

import java.util.List;
import java.util.Locale;

/**
 * One English-Chinese input of the scale series, one sentence per line. Immutable and thread-safe.
 *
 * @param id        the file id, {@code 001} to {@code 006}
 * @param english   the English sentences (unmodifiable copy)
 * @param chinese   the Chinese sentences (unmodifiable copy)
 * @param synthetic true when the shared Bible data was absent and the pair was generated
 */
public record ScalePair(String id, List<String> english, List<String> chinese, boolean synthetic) {
    /** Copies the lists. */
    public ScalePair {
        english = List.copyOf(english);
        chinese = List.copyOf(chinese);
    }

    /** A one-line description for benchmark logs: id, sentence counts and where the text came from. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %,d English / %,d Chinese sentences (%s)", id, english.size(), chinese.size(),
                synthetic ? "synthetic" : "Bible");
    }
}
