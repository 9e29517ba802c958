package dev.bitext.anchor;

/**
 * A line of a hunalign dictionary, {@code chinese @ english}; spaces inside the Chinese side (a word
 * segmenter's output) are removed. Stateless and thread-safe.
 */
final class HunalignLine {
    private HunalignLine() {
    }

    /** Adds the pair of one line; a line whose English side is only function words or no letters adds nothing. */
    static void parse(String line, LexiconBuilder out) {
        int at = line.indexOf(" @ ");
        if (at < 0 || line.indexOf(" @ ", at + 3) >= 0) {
            throw new LexiconFormatException("expected 'chinese @ english'");
        }
        String chinese = line.substring(0, at).trim();
        String english = line.substring(at + 3).trim();
        if (chinese.isEmpty() || english.isEmpty()) {
            throw new LexiconFormatException("empty side in 'chinese @ english'");
        }
        out.addContent(english, chinese);
    }
}
