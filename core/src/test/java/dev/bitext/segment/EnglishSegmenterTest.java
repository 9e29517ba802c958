package dev.bitext.segment;

import static dev.bitext.segment.SegTexts.sentences;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishSegmenterTest {
    private static final Language EN = Language.ENGLISH;

    @ParameterizedTest
    @ValueSource(strings = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Gov.", "Sen.", "Rep.", "Lt.",
        "Col.", "Capt.", "Lt. Col."})
    void titlesBeforeNamesDoNotBreak(String title) {
        String first = "Yesterday we met " + title + " Smith in Paris.";
        assertThat(sentences(EN, first + " He left early.")).containsExactly(first, "He left early.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Inc.", "Corp.", "Ltd.", "Co.", "Jr."})
    void suffixesBreakOnlyBeforeASentenceStart(String suffix) {
        String inside = "The chief of Acme " + suffix + " Board Chairman Tim Cook spoke.";
        assertThat(sentences(EN, inside + " Sales rose.")).containsExactly(inside, "Sales rose.");
        String ending = "He works for Acme " + suffix;
        assertThat(sentences(EN, ending + " The firm is big.")).containsExactly(ending, "The firm is big.");
    }

    @Test
    void etcBreaksBeforeACapitalButNotBeforeALowercaseWord() {
        assertThat(sentences(EN, "We bought apples, pears, etc. and went home. Then we slept."))
                .containsExactly("We bought apples, pears, etc. and went home.", "Then we slept.");
        assertThat(sentences(EN, "We bought apples, pears, etc. Then we went home."))
                .containsExactly("We bought apples, pears, etc.", "Then we went home.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It was Roe vs. Wade in court.|Then it ended.",
        "Some fruits, e.g. Apples and pears, are sweet.|Others are not.",
        "The capital, i.e. Beijing, is big.|It grows.",
        "He lives at No. 5 Main Street.|It is old.",
        "See Vol. 3, pp. 45-50 for details.|It helps.",
        "It opened on Feb. 14 and closed on Sept. 3, 2020.|Nobody came.",
        "He joined on Jan. 5 this year.|Nobody knew.",
        "The U.S. Army and U.S. officials met the U.K. Foreign Office.|They agreed.",
        "He flew to the U.S.|The trip was long.",
        "Korea trades more with China than with the U.S.|Pushing Korea to decouple is unwise.",
        "Lloyd J. Austin met J. K. Rowling in London.|They talked.",
        "Growth was 3.5 percent in 2020, down from 6.1 percent.|It was 2.75 in 2019.",
        "No.|That is wrong.",
        "The meeting starts at 9 a.m. Eastern Time.|Be early.",
        "\"Why?\" he asked.|\"Go!\"",
        "He said \"no.\"|Then he left.",
        "He said “no.”|Then he left.",
        "Wait... what?|Really.",
    })
    void splitsExactlyOnce(String first, String second) {
        assertThat(sentences(EN, first + " " + second)).containsExactly(first, second);
    }

    @Test
    void openingQuoteGluedAfterAPeriodMovesToTheNextSentence() {
        assertThat(sentences(EN, "He said no.“Then he left.”")).containsExactly("He said no.", "“Then he left.”");
    }

    @Test
    void sentencesNeverCrossALineBreakAndLinesAreParagraphs() {
        String text = "  First line without a stop\r\nsecond line. Third one.\n\n\u2028Last\rone  ";
        Document doc = Segmenter.of(EN).segment(text);
        assertThat(doc.sentences()).extracting(Sentence::text)
                .containsExactly("First line without a stop", "second line.", "Third one.", "Last", "one");
        assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2, 3);
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(sentences(EN, " \n\t\u00A0\r\n ")).isEmpty();
        assertThat(sentences(EN, "")).isEmpty();
    }
}
