package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One {@link Aligner} shared by many threads gives exactly the results it gives one thread. */
class AlignerConcurrencyTest {
    private static final int THREADS = 8;

    @Test
    void eightThreadsSharingOneAlignerGetTheSequentialResults() throws Exception {
        Aligner aligner = Aligner.create();
        List<DocumentPair> pairs = SampleDocuments.of(0xC0FFEEL, 3, 16);
        List<Alignment> expected = alignEach(aligner, pairs);
        assertThat(expected).anySatisfy(a -> assertThat(a.beads()).hasSizeGreaterThan(10));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Alignment>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int shift = t * 3;
                Callable<List<Alignment>> job = () -> {
                    List<DocumentPair> mine = new ArrayList<>(pairs);
                    Collections.rotate(mine, shift);
                    start.await();
                    List<Alignment> got = new ArrayList<>(alignEach(aligner, mine));
                    Collections.rotate(got, -shift);
                    return got;
                };
                futures.add(pool.submit(job));
            }
            start.countDown();
            for (Future<List<Alignment>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Alignment> alignEach(Aligner aligner, List<DocumentPair> pairs) {
        List<Alignment> out = new ArrayList<>(pairs.size());
        for (DocumentPair pair : pairs) {
            out.add(aligner.align(pair.source(), pair.target()));
        }
        return out;
    }
}
