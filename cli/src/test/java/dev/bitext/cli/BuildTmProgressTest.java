package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildTmProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final StringWriter err = new StringWriter();
    private final List<String> warnings = new ArrayList<>();
    private long now;

    private TmProgress progress(int documents, boolean show) {
        return new TmProgress(new PrintWriter(err), warnings::add, documents, show, false, () -> now);
    }

    @Test
    void showsDocumentsRateAndTimeLeftOnOneRewrittenLine() {
        TmProgress p = progress(4, true);
        now = 2 * SECOND;
        p.documentDone(1, "a", 300);
        assertThat(err.toString()).isEqualTo("\rpass 1/2: 1/4 documents, 150 sentences/s, 0:06 left");
        now += SECOND / 10;
        p.documentDone(1, "b", 300);
        assertThat(err.toString()).as("rewritten at most every 250 ms").doesNotContain("2/4");
        now += SECOND;
        p.documentDone(1, "c", 300);
        assertThat(err.toString()).endsWith("\rpass 1/2: 3/4 documents, 290 sentences/s, 0:01 left");
    }

    @Test
    void secondPassCountsTimeFromTheEndOfTheFirstAndLeavesOutSkippedDocuments() {
        TmProgress p = progress(3, true);
        now = SECOND;
        p.skipped("x", "x: no Chinese text found");
        p.documentDone(1, "a", 100);
        p.documentDone(1, "b", 300);
        now = 3 * SECOND;
        p.documentDone(2, "a", 100);
        assertThat(warnings).containsExactly("x: no Chinese text found");
        assertThat(err.toString()).contains("\rpass 1/2: 3/3 documents")
                .endsWith("\rpass 2/2: 1/2 documents, 50 sentences/s, 0:06 left ");
    }

    @Test
    void warningsClearTheLineAndNameTheDocumentOnce() {
        TmProgress p = progress(2, true);
        now = SECOND;
        p.documentDone(1, "a", 10);
        int shown = err.toString().length() - 1;
        p.skipped("b.txt", "cannot be read");
        assertThat(err.toString()).endsWith("\r" + " ".repeat(shown) + "\r");
        assertThat(warnings).containsExactly("b.txt: cannot be read");
    }

    @Test
    void printsNothingWhenNotShown() {
        TmProgress p = progress(2, false);
        now = SECOND;
        p.documentDone(1, "a", 10);
        p.documentDone(1, "b", 10);
        p.clear();
        assertThat(err.toString()).isEmpty();
    }
}
