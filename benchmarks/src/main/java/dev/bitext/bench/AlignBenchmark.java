package dev.bitext.bench;

/** Placeholder, replaced by the benchmark work. */
public final class AlignBenchmark {
    private AlignBenchmark() {
    }
}
