package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Alignment;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TSV header row and the CSV for spreadsheets of {@link AlignmentWriter}. */
class SpreadsheetTextWritersTest {
    private static String written(AlignmentWriter writer, Alignment alignment) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(alignment, out);
        return out.toString();
    }

    @Test
    void tsvWithHeaderIsTheHeaderThenExactlyTheHeaderlessTsv() throws IOException {
        Alignment a = Fixtures.englishChinese();
        String plain = written(AlignmentWriter.tsv(), a);
        assertThat(written(AlignmentWriter.tsv(false), a)).isEqualTo(plain);
        assertThat(written(AlignmentWriter.tsv(true), a)).isEqualTo("source\ttarget\tconfidence\tbead\n" + plain);
        assertThat(plain).doesNotStartWith("source\t");
    }

    @Test
    void csvStartsWithAByteOrderMarkAndAHeaderAndEndsEveryLineWithCrLf() throws IOException {
        String csv = written(AlignmentWriter.csv("article.txt"), Fixtures.englishChinese());
        assertThat(csv).startsWith("\uFEFFsource,target,confidence,bead,document\r\n").endsWith("\r\n");
        List<String> rows = List.of(csv.substring(1).split("\r\n", -1));
        // The header, six beads, and the empty string after the last CRLF; bead 4's newline is inside quotes.
        assertThat(rows).hasSize(8);
        assertThat(rows.get(1)).isEqualTo("\"Tom & Jerry <run> \"\"fast\"\".\",汤姆和杰瑞<跑>“快”。,0.873,1-1,article.txt");
        assertThat(rows.get(3)).isEqualTo("Lone \uFFFDhigh.,第二句。第三句。,0.000,1-2,article.txt");
        assertThat(rows.get(4)).isEqualTo("\"Left\tout\nalone.\",,1.000,1-0,article.txt");
        assertThat(rows.get(5)).isEqualTo(",没有对应的句子。,0.250,0-1,article.txt");
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(CsvWriter.field("plain 中文")).isEqualTo("plain 中文");
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
        assertThat(CsvWriter.field("")).isEmpty();
    }

    @Test
    void csvWithoutADocumentHasAnEmptyLastColumn() throws IOException {
        String csv = written(AlignmentWriter.of(OutputFormat.CSV), Fixtures.chineseEnglish("你好，世界。", "Hello, world.", 0.5));
        assertThat(csv).isEqualTo("\uFEFFsource,target,confidence,bead,document\r\n你好，世界。"
                + ",\"Hello, world.\",0.500,1-1,\r\n");
    }

    @Test
    void csvIsAFormatByNameAndTheMessageListsIt() throws IOException {
        assertThat(OutputFormat.fromName("CSV")).isEqualTo(OutputFormat.CSV);
        assertThatThrownBy(() -> OutputFormat.fromName("xls")).hasMessageContaining("jsonl or csv");
        Alignment a = Fixtures.englishChinese();
        assertThat(written(AlignmentWriter.of(OutputFormat.CSV), a)).isEqualTo(written(AlignmentWriter.csv(), a));
    }
}
