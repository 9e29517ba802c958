package dev.bitext.anchor;

/**
 * The project's own lexicon format, {@code english<TAB>chinese1|chinese2|...}, one English key per line.
 * Stateless and thread-safe.
 */
final class LexiconTsvLine {
    private LexiconTsvLine() {
    }

    /** Adds the pairs of one line. */
    static void parse(String line, LexiconBuilder out) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 2) {
            throw new LexiconFormatException("expected english<TAB>chinese|chinese..., found "
                    + (fields.length - 1) + " tabs");
        }
        if (LexiconBuilder.normaliseEnglish(fields[0]).isEmpty()) {
            throw new LexiconFormatException("English key without letters: '" + fields[0] + "'");
        }
        for (String word : fields[1].split("\\|", -1)) {
            if (!out.add(fields[0], word)) {
                throw new LexiconFormatException("empty Chinese word for '" + fields[0] + "'");
            }
        }
    }
}
