package dev.bitext.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import dev.bitext.io.TextReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {
    private static final TextReader STRICT = TextReader.strict();

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainTextHasALineBlockPerNonBlankLine() throws IOException {
        StructuredText st = DocumentReaders.read(file("a.txt", "One.\n\n  Two.\nThree.\n"), null, STRICT);
        assertThat(st.format()).isEqualTo(InputFormat.TEXT);
        assertThat(st.blocks()).extracting(Block::path).containsExactly("line[1]", "line[3]", "line[4]");
        assertThat(st.lines()).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void formatComesFromTheOverrideThenTheExtension() throws IOException {
        Path html = file("page.htm", "<p>Hi.</p>");
        assertThat(DocumentReaders.read(html, null, STRICT).format()).isEqualTo(InputFormat.HTML);
        Path md = file("notes", "# Hi\n");
        assertThat(DocumentReaders.read(md, InputFormat.MARKDOWN, STRICT).lines()).containsExactly("Hi");
        assertThat(DocumentReaders.read(md, null, STRICT).lines()).containsExactly("# Hi");
    }

    @Test
    void textThatIsReallyHtmlIsRefusedWithAHint() throws IOException {
        Path f = file("page.txt", "\uFEFF  <!DOCTYPE html><html><body><p>Hi.</p></body></html>");
        assertThatThrownBy(() -> DocumentReaders.read(f, null, STRICT)).isInstanceOf(BitextException.class)
                .hasMessage(f + ": looks like an HTML page; pass --input-format html"
                        + " (or --input-format text to read its markup as text)");
        assertThat(DocumentReaders.read(f, InputFormat.HTML, STRICT).lines()).containsExactly("Hi.");
    }

    @Test
    void binaryContentUnderATextNameIsRefused() throws IOException {
        Path pdf = file("report", "%PDF-1.7\n...");
        assertThatThrownBy(() -> DocumentReaders.read(pdf, null, STRICT)).hasMessage(pdf
                + ": looks like a PDF file; bitext reads text, HTML, Markdown, DOCX, XLIFF, SRT and WebVTT");
        Path zip = file("a.txt", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> DocumentReaders.read(zip, null, STRICT)).hasMessageStartingWith(zip
                + ": looks like a ZIP file;");
        Path doc = file("old.dat", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0});
        assertThatThrownBy(() -> DocumentReaders.read(doc, null, STRICT)).hasMessageStartingWith(doc
                + ": looks like an old Word (.doc) file;");
    }

    @Test
    void contentMustFitTheClaimedFormat() throws IOException {
        Path docx = file("a.docx", "not a zip");
        assertThatThrownBy(() -> DocumentReaders.read(docx, null, STRICT))
                .hasMessage(docx + ": not a DOCX file (not a ZIP archive)");
        Path html = file("a.html", "no markup at all");
        assertThatThrownBy(() -> DocumentReaders.read(html, null, STRICT)).hasMessageStartingWith(html
                + ": not an HTML file (no markup at all)");
        Path xlf = file("a.xlf", "plain words");
        assertThatThrownBy(() -> DocumentReaders.read(xlf, null, STRICT))
                .hasMessage(xlf + ": not an XLIFF file (not XML)");
    }

    @Test
    void unknownExtensionsWithTextAreText() throws IOException {
        Path f = file("article.en", "Hello there.\n");
        assertThat(DocumentReaders.read(f, null, STRICT).lines()).containsExactly("Hello there.");
    }

    @Test
    void bytesAreReadAsFilesAre() {
        byte[] html = "<html><body><p>A &amp; B.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentReaders.sniff(html)).contains(InputFormat.HTML);
        assertThat(DocumentReaders.read(html, "standard input", InputFormat.HTML, STRICT).lines())
                .containsExactly("A & B.");
        assertThat(DocumentReaders.read("x\n\ny".getBytes(StandardCharsets.UTF_8), "standard input", null, STRICT)
                .lines()).containsExactly("x", "y");
    }

    @Test
    void decodingBytesIsStrict() {
        assertThatThrownBy(() -> STRICT.decode(new byte[] {'a', 0, 'b'}, "standard input"))
                .hasMessageStartingWith("standard input: binary file or unmarked UTF-16");
    }

    @Test
    void legacyChineseBytesAreDetectedAsFilesAre() {
        java.util.List<String> notes = new java.util.ArrayList<>();
        byte[] gbk = "美韩合作面临多重困境。美韩联盟牢不可摧。".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(STRICT.withNotes(notes::add).decode(gbk, "standard input"))
                .isEqualTo("美韩合作面临多重困境。美韩联盟牢不可摧。");
        assertThat(notes).containsExactly("standard input: not UTF-8; read as GB18030");
    }
}
