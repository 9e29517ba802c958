package dev.bitext.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {
    @Test
    void withoutSharedDataTheScaleSeriesIsSyntheticOfTheSameSize(@TempDir Path empty) {
        String before = System.getProperty("bitext.shared");
        System.setProperty("bitext.shared", empty.toString());
        try {
            ScalePair pair = Corpora.scalePair("002");
            assertThat(pair.synthetic()).isTrue();
            assertThat(pair.english()).hasSize(2 * Corpora.SCALE_STEP);
            assertThat(pair.chinese().size()).isBetween(pair.english().size(), pair.english().size() * 12 / 10);
            assertThat(Corpora.scalePair("002").english()).isEqualTo(pair.english());
            assertThatThrownBy(() -> Corpora.scalePair("000")).isInstanceOf(IllegalArgumentException.class);
        } finally {
            restore(before);
        }
    }

    @Test
    void readsTheBibleSeriesWhenPresent() {
        Path file = Corpora.shared().resolve("data/bible/en/001");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file));
        ScalePair pair = Corpora.scalePair("001");
        assertThat(pair.synthetic()).isFalse();
        assertThat(pair.english()).hasSize(Corpora.SCALE_STEP);
        assertThat(pair.describe()).contains("5,000 English").contains("Bible");
    }

    private static void restore(String value) {
        if (value == null) {
            System.clearProperty("bitext.shared");
        } else {
            System.setProperty("bitext.shared", value);
        }
    }
}
