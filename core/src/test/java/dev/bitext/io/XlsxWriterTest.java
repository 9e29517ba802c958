package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.Document;
import dev.bitext.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link XlsxWriter}'s workbooks, read back with Apache POI. */
class XlsxWriterTest {
    @TempDir
    Path dir;

    private static byte[] bytes(XlsxWriter writer, Alignment alignment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(alignment, out);
        return out.toByteArray();
    }

    private static XSSFSheet sheet(byte[] xlsx) throws IOException {
        try (InputStream in = new ByteArrayInputStream(xlsx)) {
            XSSFWorkbook book = new XSSFWorkbook(in);
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            return book.getSheetAt(0);
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void headerIsBoldAndFrozenAndEveryBeadIsARow() throws IOException {
        XSSFSheet sheet = sheet(bytes(XlsxWriter.of("article.txt"), Fixtures.englishChinese()));
        Row header = sheet.getRow(0);
        assertThat(List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 3), text(header, 4)))
                .containsExactly("source", "target", "confidence", "bead", "document");
        for (int c = 0; c < 5; c++) {
            assertThat(sheet.getWorkbook().getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
        }
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getLastRowNum()).isEqualTo(6);
        assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(2));
        assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(3));
    }

    @Test
    void cellsHoldTheTextsTheNumberAndTheBead() throws IOException {
        XSSFSheet sheet = sheet(bytes(XlsxWriter.of("article.txt"), Fixtures.englishChinese()));
        Row first = sheet.getRow(1);
        assertThat(text(first, 0)).isEqualTo("Tom & Jerry <run> \"fast\".");
        assertThat(text(first, 1)).isEqualTo("汤姆和杰瑞<跑>“快”。");
        Cell confidence = first.getCell(2);
        assertThat(confidence.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(confidence.getNumericCellValue()).isEqualTo(0.873);
        assertThat(confidence.getCellStyle().getDataFormatString()).isEqualTo("0.000");
        assertThat(new DataFormatter().formatCellValue(sheet.getRow(4).getCell(2))).isEqualTo("1.000");
        assertThat(text(first, 3)).isEqualTo("1-1");
        assertThat(text(first, 4)).isEqualTo("article.txt");
        // 2-1 with the characters XML forbids left out; 1-2; 1-0 and 0-1 with an empty side
        assertThat(text(sheet.getRow(2), 0)).isEqualTo("Bell and feed. Nonchars gone.");
        assertThat(text(sheet.getRow(3), 0)).isEqualTo("Lone high.");
        assertThat(text(sheet.getRow(3), 3)).isEqualTo("1-2");
        assertThat(text(sheet.getRow(4), 0)).isEqualTo("Left\tout\nalone.");
        assertThat(text(sheet.getRow(4), 1)).isEmpty();
        assertThat(text(sheet.getRow(5), 0)).isEmpty();
        assertThat(text(sheet.getRow(5), 1)).isEqualTo("没有对应的句子。");
        assertThat(text(sheet.getRow(6), 1)).isEqualTo("派对\uD83D\uDE00时间。");
    }

    @Test
    void anEmptyDocumentNameLeavesTheColumnEmptyAndTheOutputIsDeterministic() throws IOException {
        byte[] once = bytes(XlsxWriter.of(""), Fixtures.englishChinese());
        assertThat(bytes(XlsxWriter.of(""), Fixtures.englishChinese())).isEqualTo(once);
        assertThat(text(sheet(once).getRow(1), 4)).isEmpty();
    }

    @Test
    void aTextLongerThanACellHoldsIsCutWithoutSplittingASurrogatePair() throws IOException {
        // Varied text: POI refuses a part that compresses as well as one repeated letter does.
        String english = varied('a', 26, XlsxWriter.MAX_CELL_CHARS - 1);
        String longEnglish = english + "\uD83D\uDE00 and more.";
        String longChinese = varied('\u4E00', 2000, XlsxWriter.MAX_CELL_CHARS + 10);
        Alignment a = Fixtures.chineseEnglish(longChinese, longEnglish, 0.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(XlsxWriter.of("").write(a, out)).isEqualTo(2);
        Row row = sheet(out.toByteArray()).getRow(1);
        assertThat(text(row, 0)).isEqualTo(longChinese.substring(0, XlsxWriter.MAX_CELL_CHARS));
        assertThat(text(row, 1)).isEqualTo(english);
        assertThat(XlsxWriter.of("").write(Fixtures.englishChinese(), new ByteArrayOutputStream())).isZero();
    }

    @Test
    void moreBeadsThanRowsAreRefusedBeforeAnythingIsWritten() throws IOException {
        XlsxWriter small = XlsxWriter.withLimit("", 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> small.write(Fixtures.englishChinese(), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("6 units do not fit in an Excel sheet (at most 5 rows below the header)");
        assertThat(out.size()).isZero();
        Path file = dir.resolve("out.xlsx");
        assertThatThrownBy(() -> small.write(Fixtures.englishChinese(), file))
                .isInstanceOf(BitextException.class)
                .hasMessage(file + ": 6 units do not fit in an Excel sheet (at most 5 rows below the header)");
        assertThat(names()).isEmpty();
        assertThat(XlsxWriter.withLimit("", 6).write(Fixtures.englishChinese(), file)).isZero();
        assertThat(sheet(Files.readAllBytes(file)).getLastRowNum()).isEqualTo(6);
    }

    @Test
    void theRealLimitIsTheSheetsRowsLessTheHeader() {
        Alignment tooMany = oneSidedBeads(XlsxWriter.MAX_ROWS);
        Path file = dir.resolve("big.xlsx");
        assertThatThrownBy(() -> XlsxWriter.of("").write(tooMany, file))
                .isInstanceOf(BitextException.class)
                .hasMessage(file + ": 1,048,576 units do not fit in an Excel sheet (at most 1,048,575 rows below the header)");
        assertThat(file).doesNotExist();
    }

    /** {@code length} characters from {@code first} to {@code first + range - 1}, pseudo-random. */
    private static String varied(char first, int range, int length) {
        StringBuilder sb = new StringBuilder(length);
        long x = 42;
        for (int i = 0; i < length; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            sb.append((char) (first + (int) ((x >>> 33) % range)));
        }
        return sb.toString();
    }

    /** {@code n} 0-1 beads over one empty-sided document: cheap to build, as many rows as beads. */
    private static Alignment oneSidedBeads(int n) {
        List<String> lines = java.util.Collections.nCopies(n, "x");
        List<Bead> beads = java.util.stream.IntStream.range(0, n).mapToObj(i -> Bead.of(0, 0, i, 1, 1.0)).toList();
        return new Alignment(Document.ofLines(Language.ENGLISH, List.of()), Document.ofLines(Language.CHINESE, lines),
                beads);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
