package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.io.OutputFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The one warning per input file of {@code align} about characters its output format cannot hold. No input
 * file can bring a lone surrogate today (every input is decoded strictly: {@code BadInputTest
 * .unpairedSurrogatesAreInvalidInput}), so the TSV case is checked on the text directly.
 */
class AlignOutputWarningTest {
    private static final Path FILE = Path.of("in.txt");

    @Test
    void tsvCountsLoneSurrogatesReplacedByTheReplacementCharacter() {
        String text = "Lone \uD800high, \uDC00low; a pair \uD83D\uDE00 is fine.";
        assertThat(AlignCommand.outputWarning(OutputFormat.TSV, FILE, text))
                .isEqualTo("in.txt: 2 lone surrogate(s) replaced by U+FFFD");
        assertThat(AlignCommand.outputWarning(OutputFormat.TSV, FILE, "Bell\u0007 \uFFFF")).isNull();
    }

    @Test
    void tmxCountsWhatXmlForbidsLoneSurrogatesIncluded() {
        assertThat(AlignCommand.outputWarning(OutputFormat.TMX, FILE, "Bell\u0007 \uD800 \uFFFF"))
                .isEqualTo("in.txt: 3 character(s) that XML forbids (control characters, U+FFFE, U+FFFF) left out "
                        + "of the TMX");
    }

    @Test
    void csvWarnsAsTsvAndXlsxAsTmx() {
        assertThat(AlignCommand.outputWarning(OutputFormat.CSV, FILE, "Lone \uD800high."))
                .isEqualTo("in.txt: 1 lone surrogate(s) replaced by U+FFFD");
        assertThat(AlignCommand.outputWarning(AlignFormat.XLSX, FILE, "Bell\u0007 \uFFFF"))
                .isEqualTo("in.txt: 2 character(s) that XML forbids (control characters, U+FFFE, U+FFFF) left out "
                        + "of the XLSX");
    }

    @Test
    void ladderAndJsonLinesNeedNoWarning() {
        // A ladder holds no text; JSON lines escape a lone surrogate as \\uD800.
        assertThat(AlignCommand.outputWarning(OutputFormat.LADDER, FILE, "\uD800\u0007")).isNull();
        assertThat(AlignCommand.outputWarning(OutputFormat.JSONL, FILE, "\uD800\u0007")).isNull();
    }
}
