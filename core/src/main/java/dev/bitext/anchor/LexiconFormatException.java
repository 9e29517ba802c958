package dev.bitext.anchor;

/** Thrown by a line parser for a malformed lexicon line; the reader adds the file name and line number. */
final class LexiconFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LexiconFormatException(String problem) {
        super(problem, null, false, false);
    }
}
