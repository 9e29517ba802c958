package dev.bitext.anchor;

import static dev.bitext.anchor.AnchorTestSupport.en;
import static dev.bitext.anchor.AnchorTestSupport.keysIntersect;
import static dev.bitext.anchor.AnchorTestSupport.shared;
import static dev.bitext.anchor.AnchorTestSupport.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctAnchorsTest {
    private static final AnchorExtractor PUNCT = AnchorExtractor.of(EnumSet.of(AnchorKind.PUNCTUATION));

    @ParameterizedTest(name = "{0} <-> {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "谁是王二？| Who's Wang Er? | punct:question",
        "好极了！| Wonderful! | punct:exclaim",
        "他说：“走吧。”| He said, \"Let's go.\" | punct:quote",
        "「走吧」| “Let's go” | punct:quote",
        "王二（我）| Wang Er (me) | punct:paren",
    })
    void translationsShareThePunctuation(String chinese, String english, String anchor) {
        assertThat(shared(PUNCT, chinese, english)).containsExactly(anchor);
    }

    @Test
    void oneAnchorPerKindPresent() {
        assertThat(zh(PUNCT, "“谁？”“我？！”（笑）")).containsExactly(
                "punct:exclaim", "punct:paren", "punct:question", "punct:quote");
        assertThat(en(PUNCT, "It's done, isn't it.")).isEmpty();
    }

    @Test
    void aQuestionDoesNotMatchAStatement() {
        assertThat(keysIntersect(PUNCT, "谁是王二？", "Wang Er is here.")).isFalse();
    }
}
