package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.tm.TmSource;
import dev.bitext.tm.TranslationMemoryBuilder;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Interrupting a thread that aligns a large input stops it with {@link AlignmentInterruptedException}, its
 * interrupt status still set. The joins are bounded only as a guard against a hang; aligning these inputs to
 * the end takes far longer than the moment the test waits before interrupting.
 */
class AlignerInterruptTest {
    /** Hang guard: the interrupted run returns in well under a second. */
    private static final long JOIN_SECONDS = 60;
    /** Sentences per side: aligning them takes seconds, so the interrupt lands mid-work. */
    private static final int SENTENCES = 60_000;

    private static DocumentPair large(int sentences, int seed) {
        List<String> en = new ArrayList<>(sentences);
        List<String> zh = new ArrayList<>(sentences);
        for (int i = 0; i < sentences; i++) {
            int k = (i * 7919 + seed) % 1000;
            en.add("The minister said on day " + k + " that trade had grown again.");
            zh.add("部长在第" + k + "天说，贸易再次增长。");
        }
        return new DocumentPair(Document.ofLines(Language.ENGLISH, en), Document.ofLines(Language.CHINESE, zh));
    }

    /** What a thread running {@code work} threw, and whether it was still interrupted then. */
    private record Outcome(Throwable thrown, boolean stillInterrupted) {
    }

    /** Runs {@code work} on a new thread, interrupts it once it has run for a moment, and waits for it. */
    private static Outcome interruptMidway(Runnable work) throws InterruptedException {
        AtomicReference<Outcome> outcome = new AtomicReference<>(new Outcome(null, false));
        CountDownLatch started = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            started.countDown();
            try {
                work.run();
            } catch (Throwable e) {
                outcome.set(new Outcome(e, Thread.currentThread().isInterrupted()));
            }
        }, "aligning");
        thread.start();
        started.await();
        Thread.sleep(300); // not a timing assertion: only lets the work get going before the interrupt
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(JOIN_SECONDS));
        assertThat(thread.isAlive()).as("the aligning thread stopped").isFalse();
        return outcome.get();
    }

    @Test
    void alignStops() throws InterruptedException {
        DocumentPair pair = large(SENTENCES, 1);
        Outcome o = interruptMidway(() -> Aligner.create().align(pair.source(), pair.target()));
        assertThat(o.thrown()).isInstanceOf(AlignmentInterruptedException.class)
                .hasMessage("interrupted while aligning");
        assertThat(o.stillInterrupted()).isTrue();
    }

    @Test
    void alignAllStops() throws InterruptedException {
        List<DocumentPair> pairs = List.of(large(SENTENCES / 2, 1), large(SENTENCES / 2, 2), large(SENTENCES / 2, 3));
        Outcome o = interruptMidway(() -> Aligner.create().alignAll(pairs));
        assertThat(o.thrown()).isInstanceOf(AlignmentInterruptedException.class);
        assertThat(o.stillInterrupted()).isTrue();
    }

    @Test
    void translationMemoryBuilderStops() throws InterruptedException {
        List<TmSource> sources = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            sources.add(TmSource.of("doc" + k, large(SENTENCES / 2, k)));
        }
        TranslationMemoryBuilder tm = TranslationMemoryBuilder.builder().threads(2).build();
        Outcome o = interruptMidway(() -> {
            try {
                tm.build(sources, new StringWriter(), null);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(o.thrown()).isInstanceOf(AlignmentInterruptedException.class);
        assertThat(o.stillInterrupted()).isTrue();
    }

    @Test
    void aThreadInterruptedBeforeAlignmentStopsAtOnceAndAnotherThreadIsUnaffected() throws Exception {
        DocumentPair small = large(50, 1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            Thread.currentThread().interrupt();
            try {
                Aligner.create().align(small.source(), small.target());
                throw new AssertionError("no exception");
            } catch (AlignmentInterruptedException expected) {
                assertThat(Thread.interrupted()).as("the flag was still set").isTrue();
            }
            // The calling thread's interrupt is what counts, not that of a pool thread helping it.
            assertThat(pool.submit(() -> Aligner.create().align(small.source(), small.target()).beads()).get())
                    .isNotEmpty();
        } finally {
            Thread.interrupted();
            pool.shutdownNow();
        }
    }
}
