package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code align --header}, {@code --format csv} and {@code --format xlsx}: output for spreadsheets. */
class SpreadsheetOutputTest {
    private static final String EN = "The rain stopped.\nWe walked home, together.\nIt was \"late\".\n";
    private static final String ZH = "雨停了。\n我们一起走回家。\n天已经晚了。\n";

    @TempDir
    Path dir;

    private String[] pair(String... options) throws IOException {
        Path en = Cli.write(dir, "en.txt", EN);
        Path zh = Cli.write(dir, "zh.txt", ZH);
        return Stream.concat(Stream.of("align", "--presegmented"),
                Stream.concat(Stream.of(options), Stream.of(en.toString(), zh.toString()))).toArray(String[]::new);
    }

    @Test
    void tsvStaysHeaderlessAndHeaderAddsOneRowInFront() throws IOException {
        String plain = Cli.run(pair("--format", "tsv")).succeeds().out();
        assertThat(plain).startsWith("The rain stopped.\t雨停了。\t").hasLineCount(3);
        String headed = Cli.run(pair("--format", "tsv", "--header")).succeeds().out();
        assertThat(headed).isEqualTo("source\ttarget\tconfidence\tbead\n" + plain);
    }

    @Test
    void headerWithAFormatWithoutColumnsIsAUsageError() throws IOException {
        Cli.Result r = Cli.run(pair("--format", "ladder", "--header"));
        r.failsWithOneLine(2);
        assertThat(r.err()).contains("--header applies to --format tsv");
    }

    @Test
    void csvHasAByteOrderMarkAHeaderCrLfAndTheSourceFilesName() throws IOException {
        String csv = Cli.run(pair("--format", "csv")).succeeds().out();
        assertThat(csv).startsWith("\uFEFFsource,target,confidence,bead,document\r\n").endsWith("\r\n");
        List<String> rows = List.of(csv.substring(1).split("\r\n"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("The rain stopped.,雨停了。,").endsWith(",1-1,en.txt");
        assertThat(rows.get(2)).startsWith("\"We walked home, together.\",我们一起走回家。,");
        assertThat(rows.get(3)).startsWith("\"It was \"\"late\"\".\",天已经晚了。,");
        // --header is accepted: CSV always has one
        assertThat(Cli.run(pair("--format", "csv", "--header")).succeeds().out()).isEqualTo(csv);
    }

    @Test
    void csvToAFileIsTheSameBytes() throws IOException {
        Path out = dir.resolve("out.csv");
        String csv = Cli.run(pair("--format", "csv")).succeeds().out();
        assertThat(Cli.run(pair("--format", "csv", "-o", out.toString())).succeeds().out()).isEmpty();
        assertThat(Files.readAllBytes(out)).isEqualTo(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(out)).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void xlsxToStandardOutputIsAUsageError() throws IOException {
        Cli.Result r = Cli.run(pair("--format", "xlsx"));
        r.failsWithOneLine(2);
        assertThat(r.err()).startsWith("bitext: --format xlsx writes a binary file: give -o FILE");
    }

    @Test
    void anUnknownFormatListsTheSpreadsheetOnes() throws IOException {
        Cli.Result r = Cli.run(pair("--format", "xls"));
        r.failsWithOneLine(2);
        assertThat(r.err()).contains("unknown format 'xls' (expected tmx, tsv, ladder, jsonl, csv or xlsx)");
    }

    @Test
    void xlsxReadsBackWithTheTextsNumbersAndHeader() throws IOException {
        Path out = dir.resolve("review.xlsx");
        assertThat(Cli.run(pair("--format", "xlsx", "-o", out.toString())).succeeds().out()).isEmpty();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("source", "target", "confidence", "bead", "document");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("The rain stopped.");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("雨停了。");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isBetween(0.0, 1.0);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("1-1");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("en.txt");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("We walked home, together.");
        }
        assertThat(names()).containsExactlyInAnyOrder("en.txt", "zh.txt", "review.xlsx");
    }

    @Test
    void anOverlongSentenceIsCutToWhatACellHoldsWithAWarning() throws IOException {
        String huge = IntStream.range(0, 6000).mapToObj(i -> "word" + i).collect(Collectors.joining(" ")) + ".";
        assertThat(huge.length()).isGreaterThan(32_767);
        Path en = Cli.write(dir, "en.txt", "Short one.\n" + huge + "\n");
        Path zh = Cli.write(dir, "zh.txt", "短句。\n很长的一句。\n");
        Path out = dir.resolve("out.xlsx");
        Cli.Result r = Cli.run("align", "--presegmented", "--format", "xlsx", "-o", out.toString(),
                en.toString(), zh.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("bitext: warning: " + out
                + ": 1 cell(s) longer than Excel's 32,767 characters cut short\n");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            String longest = IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(i -> sheet.getRow(i).getCell(0)).filter(c -> c != null)
                    .map(Cell::getStringCellValue).reduce("", (a, b) -> a.length() >= b.length() ? a : b);
            assertThat(longest).hasSize(32_767).isEqualTo(huge.substring(0, 32_767));
        }
    }

    @Test
    void aFailedXlsxRunLeavesNoFile() throws IOException {
        Path out = dir.resolve("out.xlsx");
        Path zh = Cli.write(dir, "zh.txt", ZH);
        Cli.run("align", "--format", "xlsx", "-o", out.toString(), dir.resolve("missing.txt").toString(),
                zh.toString()).failsWithOneLine(1);
        assertThat(names()).containsExactly("zh.txt");
    }

    private static List<String> cells(Row row) {
        return IntStream.range(0, row.getLastCellNum()).mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
