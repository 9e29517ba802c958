package dev.bitext.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconReadTest {
    private static final Path DIR = Path.of("src", "test", "resources", "anchor");

    static Set<String> pairs(Lexicon lex) {
        Set<String> out = new HashSet<>();
        for (int id = 0; id < lex.size(); id++) {
            out.add(lex.english(id) + "=" + lex.chinese(id));
        }
        return out;
    }

    @Test
    void cedictKeepsUsableGlossesOfTheSimplifiedHeadword() {
        Lexicon lex = Lexicon.readCedict(DIR.resolve("cedict-sample.u8"));
        assertThat(pairs(lex)).containsExactlyInAnyOrder(
                "horse=马", "walk=走", "go=走", "leave=走", "mountain=山", "hill=山", "computer=电脑",
                "gate=门", "door=门", "meeting=会议", "conference=会议", "see=看见", "catch sight of=看见");
    }

    @Test
    void cedictGlossCleaning() {
        assertThat(CedictLine.glosses("to leave (a place)")).containsExactly("leave");
        assertThat(CedictLine.glosses("to be born")).containsExactly("born");
        assertThat(CedictLine.glosses("fig. a dark horse")).containsExactly("dark horse");
        assertThat(CedictLine.glosses("CL:匹[pi3]")).isEmpty();
        assertThat(CedictLine.glosses("variant of 門[men2]")).isEmpty();
        assertThat(CedictLine.glosses("surname Ma")).isEmpty();
        assertThat(CedictLine.glosses("a very long gloss of many words")).isEmpty();
    }

    @Test
    void hunalignPairsChineseWithEnglish() {
        Lexicon lex = Lexicon.readHunalign(DIR.resolve("hunalign-sample.dic"));
        assertThat(pairs(lex)).containsExactlyInAnyOrder(
                "horse=马", "mountain=山", "computer=电脑", "chinese people=中国人民");
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertThatThrownBy(() -> Lexicon.readCedict(DIR.resolve("cedict-broken.u8")))
                .isInstanceOf(BitextException.class).hasMessageStartingWith(DIR.resolve("cedict-broken.u8") + ":2: ");
        assertThatThrownBy(() -> Lexicon.readHunalign(DIR.resolve("hunalign-broken.dic")))
                .isInstanceOf(BitextException.class).hasMessageStartingWith(DIR.resolve("hunalign-broken.dic") + ":2: ");
        assertThatThrownBy(() -> Lexicon.readTsv(DIR.resolve("broken.tsv")))
                .isInstanceOf(BitextException.class).hasMessageStartingWith(DIR.resolve("broken.tsv") + ":2: ");
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() {
        assertThatThrownBy(() -> Lexicon.readTsv(DIR.resolve("bad-utf8.tsv")))
                .isInstanceOf(BitextException.class).hasMessage(DIR.resolve("bad-utf8.tsv") + ":2: not valid UTF-8");
    }

    @Test
    void aFileWithoutEntriesOrMissingIsNamed() {
        assertThatThrownBy(() -> Lexicon.readTsv(DIR.resolve("empty.tsv")))
                .isInstanceOf(BitextException.class).hasMessage(DIR.resolve("empty.tsv") + ": no lexicon entry found");
        assertThatThrownBy(() -> Lexicon.readHunalign(DIR.resolve("missing.dic")))
                .isInstanceOf(BitextException.class).hasMessageContaining("missing.dic");
    }

    @Test
    void tsvLinesNeedOneTabAndWords() {
        LexiconBuilder b = new LexiconBuilder();
        assertThatThrownBy(() -> LexiconTsvLine.parse("a\tb\tc", b)).hasMessageContaining("2 tabs");
        assertThatThrownBy(() -> LexiconTsvLine.parse("horse\t马||马匹", b)).hasMessageContaining("empty Chinese");
        assertThatThrownBy(() -> LexiconTsvLine.parse("42\t四十二", b)).hasMessageContaining("without letters");
    }
}
