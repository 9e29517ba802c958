package dev.bitext.doc;

import dev.bitext.CueTimes;
import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.segment.Segmenter;
import dev.bitext.segment.Span;
import java.util.List;
import java.util.Objects;

/**
 * The text a document reader extracted, with its blocks in document order. The sentences of
 * {@link #segment} point into {@link #text()} (offsets refer to the extracted text, not to the file's bytes),
 * and a sentence's paragraph number is the index of its block in {@link #blocks()}, whose
 * {@link Block#path()} leads back to the source element. Blocks do not overlap and hold no blank line.
 * Immutable and thread-safe.
 *
 * @param format the format it was read from
 * @param text   the extracted text: the blocks' texts, one blank line between blocks
 * @param blocks the blocks, in order
 */
public record StructuredText(InputFormat format, String text, List<Block> blocks) {
    /**
     * Checks that the blocks lie in order inside the text.
     *
     * @param format the format it was read from
     * @param text   the extracted text
     * @param blocks the blocks, in order
     * @throws IllegalArgumentException if a block reaches beyond the text or overlaps the one before
     */
    public StructuredText {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        int at = 0;
        for (Block b : blocks) {
            if (b.start() < at || b.end() > text.length()) {
                throw new IllegalArgumentException("block " + b.path() + " [" + b.start() + ", " + b.end()
                        + ") out of order or beyond the text (" + text.length() + " characters)");
            }
            at = b.end();
        }
    }

    /** {@return the blocks as paragraph spans of {@link #text()}, for {@link Segmenter#segment(String, List)}} */
    public List<Span> spans() {
        return blocks.stream().map(b -> new Span(b.start(), b.end())).toList();
    }

    /**
     * Segments the text block by block: a sentence never crosses a block, and its paragraph number is its
     * block's index. A sentence of a subtitle cue carries the cue's time span ({@link Document#cueTimes()}).
     *
     * @param language the text's language
     * @return the document
     */
    public Document segment(Language language) {
        Document d = Segmenter.of(language).segment(text, spans());
        return timed() ? d.withCueTimes(times(d.sentences().stream().map(s -> blockAt(s.start())).toList())) : d;
    }

    /**
     * One sentence per line of {@link #lines()}, for presegmented input: a line of a subtitle cue carries
     * the cue's time span.
     *
     * @param language the text's language
     * @return the document, its offsets into the lines joined by {@code '\n'} as {@link Document#ofLines} gives
     */
    public Document presegmented(Language language) {
        Document d = Document.ofLines(language, lines());
        if (!timed()) {
            return d;
        }
        return d.withCueTimes(times(perLine((b, line) -> java.util.Optional.of(b))));
    }

    /** One value per line of each block, in order: {@code of} applied to the block and the line. */
    private <T> List<T> perLine(java.util.function.BiFunction<Block, String, T> of) {
        return blocks.stream()
                .flatMap(b -> text.substring(b.start(), b.end()).lines().map(line -> of.apply(b, line))).toList();
    }

    private boolean timed() {
        return blocks.stream().anyMatch(Block::timed);
    }

    private static CueTimes times(List<java.util.Optional<Block>> perSentence) {
        long[] starts = new long[perSentence.size()];
        long[] ends = new long[perSentence.size()];
        for (int i = 0; i < starts.length; i++) {
            Block b = perSentence.get(i).orElse(null);
            starts[i] = b == null ? -1 : b.startMillis();
            ends[i] = b == null ? -1 : b.endMillis();
        }
        return CueTimes.of(starts, ends);
    }

    /**
     * The text as lines, one block a line: the form {@code --presegmented} reads (a block that holds line
     * breaks gives several lines).
     *
     * @return the lines, in order
     */
    public List<String> lines() {
        return perLine((b, line) -> line);
    }

    /**
     * The block holding a character of {@link #text()}: the way back from a sentence's offset to its source
     * element (it works for sentences of {@link #segment} and for those the bilingual splitter makes of the
     * text, whose offsets point into it too).
     *
     * @param offset a character offset in {@link #text()}
     * @return the block with {@code start <= offset < end}, or empty when the offset lies between blocks
     */
    public java.util.Optional<Block> blockAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.start()) {
                hi = mid - 1;
            } else if (offset >= b.end()) {
                lo = mid + 1;
            } else {
                return java.util.Optional.of(b);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The path of each line of {@link #lines()}: element {@code i} is the path of the block line {@code i}
     * comes from (the way back for {@code --presegmented}, where sentence {@code i} is line {@code i}).
     *
     * @return one path per line, in order
     */
    public List<String> linePaths() {
        return perLine((b, line) -> b.path());
    }

    /**
     * A builder that lays blocks out one after another, a blank line between them.
     *
     * @param format the format being read
     * @return an empty builder
     */
    public static Builder builder(InputFormat format) {
        return new Builder(format);
    }

    /**
     * Collects the blocks of a document as a reader meets them. Each block's text is cleaned: white space
     * at both ends stripped, blank lines inside it closed up (a line break stays a line break); a block left
     * empty is dropped. Not thread-safe.
     */
    public static final class Builder {
        private final InputFormat format;
        private final StringBuilder text = new StringBuilder();
        private final java.util.ArrayList<Block> blocks = new java.util.ArrayList<>();

        private Builder(InputFormat format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        /**
         * Adds a block.
         *
         * @param kind  what it is
         * @param value its text
         * @param path  where it came from
         * @return this builder
         */
        public Builder add(BlockKind kind, String value, String path) {
            return add(kind, value, path, -1, -1);
        }

        /**
         * Adds a block with a time span (a subtitle cue).
         *
         * @param kind        what it is
         * @param value       its text
         * @param path        where it came from
         * @param startMillis its start, or -1
         * @param endMillis   its end, or -1
         * @return this builder
         */
        public Builder add(BlockKind kind, String value, String path, long startMillis, long endMillis) {
            String clean = clean(value);
            if (clean.isEmpty()) {
                return this;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(clean);
            blocks.add(new Block(kind, start, text.length(), path, startMillis, endMillis));
            return this;
        }

        private static String clean(String value) {
            if (!hasLineBreak(value)) {
                return value.strip();
            }
            String[] lines = value.strip().split("\\R", -1);
            StringBuilder b = new StringBuilder(value.length());
            for (String line : lines) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    if (b.length() > 0) {
                        b.append('\n');
                    }
                    b.append(l);
                }
            }
            return b.toString();
        }

        /** Whether {@code value} holds a line break as {@code \R} matches one (the common case has none). */
        private static boolean hasLineBreak(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return true;
                }
            }
            return false;
        }

        /** {@return the number of blocks so far} */
        public int size() {
            return blocks.size();
        }

        /** {@return the structured text} */
        public StructuredText build() {
            return new StructuredText(format, text.toString(), blocks);
        }
    }
}
