package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTokensTest {
    @Test
    void lowercaseLetterRunsWithoutClitics() {
        assertThat(EnglishTokens.of("She'd said: \u201CJohn\u2019s DOG isn't here!\u201D"))
                .containsExactly("she", "said", "john", "dog", "isn", "here");
    }

    @Test
    void otherApostrophesSplitAndDigitsSeparate() {
        assertThat(EnglishTokens.of("at o'clock 12 men, rock'n'roll")).containsExactly(
                "at", "o", "clock", "men", "rock", "n", "roll");
    }

    @Test
    void nonAsciiLettersBreakWords() {
        assertThat(EnglishTokens.of("café naïve 中国 x")).containsExactly("caf", "na", "ve", "x");
    }
}
