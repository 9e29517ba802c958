package dev.bitext.align;

import dev.bitext.Document;
import dev.bitext.Sentence;

/** Sentence lengths as the length model counts them, with prefix sums for bead lengths. Immutable. */
final class Lengths {
    private final long[] prefix;
    /** breaks[k] = number of paragraph changes between sentence 0 and sentence k. */
    private final int[] breaks;

    private Lengths(long[] prefix, int[] breaks) {
        this.prefix = prefix;
        this.breaks = breaks;
    }

    /** The lengths of a document's sentences: code points that are not white space. */
    static Lengths of(Document doc) {
        long[] prefix = new long[doc.size() + 1];
        int[] breaks = new int[doc.size() + 1];
        for (int k = 0; k < doc.size(); k++) {
            prefix[k + 1] = prefix[k] + length(doc.sentence(k));
            boolean newParagraph = k > 0 && doc.sentence(k).paragraph() != doc.sentence(k - 1).paragraph();
            breaks[k] = (k > 0 ? breaks[k - 1] : 0) + (newParagraph ? 1 : 0);
        }
        breaks[doc.size()] = doc.size() > 0 ? breaks[doc.size() - 1] : 0;
        return new Lengths(prefix, breaks);
    }

    static int length(Sentence s) {
        String text = s.text();
        int len = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80 || c >= '\u4E00' && c <= '\u9FFF') {
                // Fast path, same answer: ASCII white space is 9..13, 28..32; CJK ideographs are never space.
                len += c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' ? 0 : 1;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                len++;
            }
            i += Character.charCount(cp);
        }
        return len;
    }

    /** Total length of sentences {@code [from, from + count)}. */
    long sum(int from, int count) {
        return prefix[from + count] - prefix[from];
    }

    /** The number of paragraph boundaries inside sentences {@code [from, from + count)}. */
    int paragraphBreaks(int from, int count) {
        return count <= 1 ? 0 : breaks[from + count - 1] - breaks[from];
    }

    /** Total length of all sentences. */
    long total() {
        return prefix[prefix.length - 1];
    }

    /** Number of sentences. */
    int size() {
        return prefix.length - 1;
    }
}
