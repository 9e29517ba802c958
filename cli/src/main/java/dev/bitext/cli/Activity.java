package dev.bitext.cli;

import dev.bitext.Document;

/**
 * A command that says what it is doing, for the one line printed when memory runs out (see
 * {@link OutOfMemory}). Implementations keep the text in a volatile field: it is read from another thread's
 * error path.
 */
interface Activity {
    /**
     * What the command is doing, to follow "out of memory", e.g. {@code aligning a.txt and b.txt (1 × 200000
     * sentences)}; null before it has started.
     */
    String activity();

    /** {@code N × M sentences}, the sizes of the two documents being aligned. */
    static String sentences(Document source, Document target) {
        return source.size() + " × " + target.size() + " sentences";
    }
}
