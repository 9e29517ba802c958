package dev.bitext.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Document;
import dev.bitext.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SegmenterConcurrencyTest {
    private static final int THREADS = 8;

    @Test
    void eightThreadsGetTheSameResultsAsOne() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(SegTexts.random(random, 300)
                    + " Mr. Smith met Lloyd J. Austin in the U.S. Army base. 他走了。“你好！”她说。");
        }
        List<List<Document>> expected = segmentAll(texts);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<List<Document>>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<String> mine = new ArrayList<>(texts);
                Collections.rotate(mine, t * 5);
                Callable<List<List<Document>>> job = () -> segmentAll(mine);
                futures.add(pool.submit(job));
            }
            for (int t = 0; t < THREADS; t++) {
                List<List<Document>> got = new ArrayList<>(futures.get(t).get());
                Collections.rotate(got, -t * 5);
                assertThat(got).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<List<Document>> segmentAll(List<String> texts) {
        List<List<Document>> out = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            out.clear();
            for (String text : texts) {
                out.add(List.of(Segmenter.of(Language.ENGLISH).segment(text), Segmenter.of(Language.CHINESE).segment(text)));
            }
        }
        return out;
    }
}
