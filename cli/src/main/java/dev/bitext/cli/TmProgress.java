package dev.bitext.cli;

import dev.bitext.Alignment;
import dev.bitext.tm.TranslationMemoryBuilder;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Reports a translation-memory build on standard error: a warning line for each skipped document and each
 * lopsided one ({@link Lopsided}) and, when
 * shown, one progress line rewritten in place ({@code \r}) with the documents done in the current pass (in
 * pass 1 the skipped ones included), the sentences per second and the time the pass has left (from the
 * documents done in pass 1, from the sentences done against those of pass 1 in pass 2). The line is rewritten at most every {@value #INTERVAL_MILLIS} ms
 * and at the end of each pass.
 *
 * <p>Thread-safe: the builder's workers call it concurrently.
 */
final class TmProgress implements TranslationMemoryBuilder.Listener {
    static final long INTERVAL_MILLIS = 250;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final PrintWriter err;
    private final Consumer<String> warn;
    private final int documents;
    private final boolean show;
    private final boolean presegmented;
    private final LongSupplier nanoClock;

    private int skipped;
    private int pass;
    private long passStart;
    private long lastDone;
    private int done;
    private long sentences;
    private long firstPassSentences;
    private long lastShown;
    private boolean everShown;
    private int shownLength;

    /**
     * @param err       where the progress line goes
     * @param warn      prints a one-line warning (after the progress line is cleared)
     * @param documents the number of documents in the run
     * @param show      whether to show the progress line (stderr is a terminal and not {@code --quiet})
     * @param presegmented whether the documents hold one sentence per line (for the {@link Lopsided} warning)
     * @param nanoClock the time in nanoseconds, {@link System#nanoTime} outside tests
     */
    TmProgress(PrintWriter err, Consumer<String> warn, int documents, boolean show, boolean presegmented,
               LongSupplier nanoClock) {
        this.err = err;
        this.warn = warn;
        this.documents = documents;
        this.show = show;
        this.presegmented = presegmented;
        this.nanoClock = nanoClock;
        this.passStart = nanoClock.getAsLong();
    }

    @Override
    public synchronized void skipped(String name, String reason) {
        skipped++;
        clear();
        warn.accept(reason.startsWith(name + ":") ? reason : name + ": " + reason);
    }

    /** Warns about a document with a single sentence on one side against many on the other. */
    @Override
    public synchronized void aligned(String name, Alignment alignment) {
        Lopsided.ofDocument(name, alignment, presegmented).ifPresent(w -> {
            clear();
            warn.accept(w);
        });
    }

    @Override
    public synchronized void documentDone(int pass, String name, int sentences) {
        long now = nanoClock.getAsLong();
        if (pass != this.pass) {
            if (this.pass == 1) {
                firstPassSentences = this.sentences;
            }
            // A pass starts when the one before ends (its last document done), the first one now.
            passStart = this.pass == 0 ? passStart : lastDone;
            this.pass = pass;
            done = 0;
            this.sentences = 0;
        }
        done++;
        lastDone = now;
        this.sentences += sentences;
        if (show && (!everShown || counted() == total() || now - lastShown >= INTERVAL_MILLIS * NANOS_PER_MILLI)) {
            everShown = true;
            lastShown = now;
            String line = line(now);
            err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
            err.flush();
            shownLength = line.length();
        }
    }

    /** Clears the progress line, if one is shown, so that the next output starts on a clean line. */
    synchronized void clear() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }

    /** Documents finished in this pass; in pass 1 the skipped ones count as finished. */
    private int counted() {
        return pass == 1 ? done + skipped : done;
    }

    private int total() {
        return pass == 1 ? documents : documents - skipped;
    }

    /** The progress line, e.g. {@code pass 1/2: 5/12 documents, 1234 sentences/s, 0:42 left}. */
    private String line(long now) {
        double seconds = Math.max(now - passStart, 1) / 1e9;
        double fractionDone = pass == 1 || firstPassSentences == 0
                ? (double) counted() / Math.max(total(), 1)
                : Math.min(1.0, (double) sentences / firstPassSentences);
        long left = fractionDone <= 0 ? 0 : Math.round(seconds * (1 - fractionDone) / fractionDone);
        return String.format(Locale.ROOT, "pass %d/2: %d/%d documents, %d sentences/s, %d:%02d left",
                pass, counted(), total(), Math.round(sentences / seconds), left / 60, left % 60);
    }
}
