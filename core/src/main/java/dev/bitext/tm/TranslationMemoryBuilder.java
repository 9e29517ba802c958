package dev.bitext.tm;

import dev.bitext.AlignerOptions;
import dev.bitext.AlignmentInterruptedException;
import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.align.BeadSearch;
import dev.bitext.io.TmxSettings;
import dev.bitext.io.TmxStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Aligns many document pairs into one TMX file: the word associations are learned from all of them
 * together, each bead is judged by a {@link TmFilter}, and the units are streamed to the TMX (and, when
 * asked, every bead to a {@link ReviewReport}) in input order.
 *
 * <pre>{@code
 * TranslationMemoryBuilder tm = TranslationMemoryBuilder.builder()
 *         .filter(TmFilter.builder().minConfidence(0.5).build())
 *         .build();
 * try (Writer out = Files.newBufferedWriter(Path.of("memory.tmx"))) {
 *     TmSummary summary = tm.build(sources, out, null);
 * }
 * }</pre>
 *
 * <p>Two passes, each over all documents on {@code threads} threads: the first aligns every document and
 * keeps only what the second needs (the path, the re-estimated parameters, the bead tokens for learning),
 * so that memory does not hold every document's features at once; the second loads each document again,
 * aligns it with the learned associations and writes it. At most {@code 2 × threads} documents are in
 * memory during the second pass. The TMX and the report are identical whatever the thread count.
 *
 * <p>A source whose {@link TmSource#load()} fails with a {@link BitextException} is skipped (reported to the
 * {@link Listener} and in the {@link TmSummary}); pairs whose languages are the reverse of the TMX's are
 * turned round; pairs in other languages are skipped.
 *
 * <p>Immutable and thread-safe; one instance may run several builds at once.
 */
public final class TranslationMemoryBuilder {
    private final AlignerOptions options;
    private final TmxSettings settings;
    private final Language sourceLanguage;
    private final Language targetLanguage;
    private final TmFilter filter;
    private final int threads;
    private final Listener listener;
    private final BeadSearch search;

    private TranslationMemoryBuilder(Builder b) {
        this.options = b.options;
        this.settings = b.tmx;
        this.sourceLanguage = b.sourceLanguage;
        this.targetLanguage = b.targetLanguage;
        this.filter = b.filter;
        this.threads = b.threads;
        this.listener = b.listener;
        this.search = new BeadSearch(options);
    }

    /** {@return a builder with the defaults: default aligner options and TMX settings, English to Chinese, default filter} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Hears about a run's progress. {@link #documentDone} is called from worker threads as documents finish;
     * implementations must be thread-safe.
     */
    public interface Listener {
        /**
         * Document {@code name} is skipped for {@code reason}; called from the building thread, in input order.
         *
         * @param name the document's name
         * @param reason why it is skipped, one line
         */
        default void skipped(String name, String reason) {
        }

        /**
         * Pass {@code pass} (1 or 2) is done with document {@code name}, of {@code sentences} sentences in all.
         *
         * @param pass the pass, 1 or 2
         * @param name the document's name
         * @param sentences its number of sentences, both sides together
         */
        default void documentDone(int pass, String name, int sentences) {
        }

        /**
         * Document {@code name} is aligned, in the memory's direction, and about to be written; called from the
         * building thread, in input order.
         *
         * @param name the document's name
         * @param alignment its alignment
         */
        default void aligned(String name, Alignment alignment) {
        }
    }

    /**
     * Aligns {@code sources} and writes the kept units to {@code tmxOut} as one TMX document, and every bead
     * to {@code report} when not null (neither is closed; the report is left open for the caller to close).
     *
     * @param sources the documents, in the order their units are written
     * @param tmxOut where the TMX goes
     * @param report where the review report goes, or null for none
     * @return what was aligned, written and skipped
     * @throws IOException                   if writing fails
     * @throws AlignmentInterruptedException if the calling thread is interrupted meanwhile: the worker threads
     *                                       are stopped and the TMX is left unfinished (the interrupt status
     *                                       stays set)
     */
    public TmSummary build(List<? extends TmSource> sources, Writer tmxOut, ReviewReport report) throws IOException {
        Objects.requireNonNull(tmxOut, "tmxOut");
        List<TmSource> list = List.copyOf(sources);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bitext-tm");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(list, tmxOut, report, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private TmSummary run(List<TmSource> sources, Writer tmxOut, ReviewReport report, ExecutorService pool)
            throws IOException {
        int n = sources.size();
        List<Future<Loaded<BeadSearch.FirstPass>>> firstJobs = new ArrayList<>(n);
        for (TmSource s : sources) {
            firstJobs.add(pool.submit(() -> load(s, 1, search::firstPass)));
        }
        BeadSearch.FirstPass[] firsts = new BeadSearch.FirstPass[n];
        List<String> skipped = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Loaded<BeadSearch.FirstPass> r = await(firstJobs.get(k));
            firsts[k] = r.value;
            if (r.value == null) {
                skipped.add(sources.get(k).name() + ": " + r.skipReason);
                listener.skipped(sources.get(k).name(), r.skipReason);
            }
        }
        List<BeadSearch.FirstPass> kept = new ArrayList<>();
        for (BeadSearch.FirstPass f : firsts) {
            if (f != null) {
                kept.add(f);
            }
        }
        BeadSearch.Learned learned = search.learn(kept);

        Writing out = new Writing(tmxOut, report);
        List<Future<Loaded<Alignment>>> secondJobs = new ArrayList<>(Collections.nCopies(n, null));
        int submitted = 0;
        for (int k = 0; k < n; k++) {
            while (submitted < n && submitted - k < 2 * threads) {
                secondJobs.set(submitted, secondPass(pool, sources.get(submitted), firsts[submitted], learned));
                submitted++;
            }
            Loaded<Alignment> r = await(secondJobs.get(k));
            secondJobs.set(k, null);
            if (r.value != null) {
                listener.aligned(sources.get(k).name(), r.value);
                out.add(sources.get(k).name(), r.value);
            } else if (firsts[k] != null) {
                skipped.add(sources.get(k).name() + ": " + r.skipReason); // failed only on the second load
                listener.skipped(sources.get(k).name(), r.skipReason);
            }
        }
        out.tmx.close();
        return new TmSummary(out.documents, skipped, out.tmx.unitsWritten(), out.sourceSentences,
                out.targetSentences, out.removed);
    }

    private Future<Loaded<Alignment>> secondPass(ExecutorService pool, TmSource source, BeadSearch.FirstPass first,
                                                 BeadSearch.Learned learned) {
        if (first == null) {
            return CompletableFuture.completedFuture(new Loaded<>(null, null));
        }
        return pool.submit(() -> load(source, 2, pair -> new Alignment(pair.source(), pair.target(),
                search.secondPass(pair, first, learned))));
    }

    /** A value computed from a loaded pair, or the reason the pair could not be loaded. */
    private record Loaded<T>(T value, String skipReason) {
    }

    private <T> Loaded<T> load(TmSource source, int pass, Function<DocumentPair, T> work) {
        DocumentPair pair;
        try {
            pair = oriented(source.load());
        } catch (BitextException e) {
            return new Loaded<>(null, e.getMessage());
        }
        T value = work.apply(pair);
        listener.documentDone(pass, source.name(), pair.source().size() + pair.target().size());
        return new Loaded<>(value, null);
    }

    /** The pair in the TMX's direction. */
    private DocumentPair oriented(DocumentPair pair) {
        return CorpusPasses.oriented(pair, sourceLanguage, targetLanguage);
    }

    private static <T> T await(Future<T> job) {
        if (Thread.currentThread().isInterrupted()) {
            throw new AlignmentInterruptedException();
        }
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlignmentInterruptedException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The output side of a run: TMX, report, filter session and counts; used by the calling thread only. */
    private final class Writing {
        final TmxStream tmx;
        final ReviewReport report;
        final TmFilter.Session session = filter.session();
        final Map<FilterReason, Long> removed = new EnumMap<>(FilterReason.class);
        int documents;
        long sourceSentences;
        long targetSentences;

        Writing(Writer out, ReviewReport report) throws IOException {
            this.tmx = TmxStream.open(out, settings, sourceLanguage, targetLanguage);
            this.report = report;
        }

        void add(String name, Alignment alignment) throws IOException {
            List<FilterReason> verdicts = new ArrayList<>(alignment.beads().size());
            Set<Bead> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Bead bead : alignment.beads()) {
                FilterReason why = session.judge(bead, alignment.sourceText(bead), alignment.targetText(bead));
                verdicts.add(why);
                if (why == null) {
                    keep.add(bead);
                } else {
                    removed.merge(why, 1L, Long::sum);
                }
            }
            tmx.add(alignment, name, keep::contains);
            if (report != null) {
                report.add(name, alignment, verdicts);
            }
            documents++;
            sourceSentences += alignment.source().size();
            targetSentences += alignment.target().size();
        }
    }

    /** Collects a {@link TranslationMemoryBuilder}'s settings. Not thread-safe. */
    public static final class Builder {
        private AlignerOptions options = AlignerOptions.defaults();
        private TmxSettings tmx = TmxSettings.defaults();
        private Language sourceLanguage = Language.ENGLISH;
        private Language targetLanguage = Language.CHINESE;
        private TmFilter filter = TmFilter.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();
        private Listener listener = new Listener() { };

        private Builder() {
        }

        /**
         * The aligner's options (default: {@link AlignerOptions#defaults()}).
         *
         * @param options the aligner's options
         * @return this builder
         */
        public Builder aligner(AlignerOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The TMX language tags and creation date (default: {@link TmxSettings#defaults()}).
         *
         * @param settings the TMX settings
         * @return this builder
         */
        public Builder tmx(TmxSettings settings) {
            this.tmx = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * The TMX's source and target language (default English to Chinese).
         *
         * @param source the source language
         * @param target the target language
         * @return this builder
         * @throws IllegalArgumentException if they are the same
         */
        public Builder languages(Language source, Language target) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            if (source == target) {
                throw new IllegalArgumentException("source and target language are both " + source);
            }
            this.sourceLanguage = source;
            this.targetLanguage = target;
            return this;
        }

        /**
         * Which beads become units (default: {@link TmFilter#defaults()}).
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder filter(TmFilter filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /**
         * Documents aligned at once (default: the available processors).
         *
         * @param threads the number of documents aligned at once
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Who hears about progress (default: nobody).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** {@return the builder's settings as an immutable {@link TranslationMemoryBuilder}} */
        public TranslationMemoryBuilder build() {
            return new TranslationMemoryBuilder(this);
        }
    }
}
