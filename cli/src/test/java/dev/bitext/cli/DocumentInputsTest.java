package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structured documents (HTML, Markdown) and standard input through {@code align}, {@code segment}, {@code build-tm}. */
class DocumentInputsTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path SEED_002 = SEEDS.resolve("002_d7e8be9bf3798988.txt");

    @TempDir
    Path dir;

    /** Seed 002 as a saved web page: its paragraphs as {@code <p>}, with the furniture a page has. */
    private Path seed002AsHtml() throws IOException {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>US-ROK alliance faces multiple difficulties</title>"
                + "<style>p { margin: 0 } .nav a::after { content: '<>' }</style>"
                + "<script>window.dataLayer = [{'page': '<p>tracking</p>'}]; function go() { return 1 < 2; }</script>"
                + "</head>\n<body>\n<nav class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/world\">World News</a>"
                + " | <a href=\"/about\">About Us</a></nav>\n<main>\n");
        for (String line : Files.readAllLines(SEED_002, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                page.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                        .append("</p>\n");
            }
        }
        page.append("</main>\n<footer>Copyright China Military Online. All rights reserved. 版权所有</footer>\n"
                + "<script>go();</script></body></html>\n");
        return Cli.write(dir, "002.html", page.toString());
    }

    @Test
    void seed002AsHtmlGivesTheUnitsOfTheTextFile() throws IOException {
        Path html = seed002AsHtml();
        Cli.Result text = Cli.run("align", "--format", "tsv", SEED_002.toString()).succeeds();
        Cli.Result page = Cli.run("align", "--format", "tsv", html.toString()).succeeds();
        assertThat(page.out()).isEqualTo(text.out());
        assertThat(page.out()).doesNotContain("<").doesNotContain("World News").doesNotContain("dataLayer")
                .doesNotContain("tracking").doesNotContain("Copyright").doesNotContain("DOCTYPE")
                .doesNotContain("margin");
    }

    @Test
    void htmlPairAlignsAndSegments() throws IOException {
        Path en = Cli.write(dir, "en.html", "<html><body><h1>Fish &amp; chips</h1><p>It is good.<br>We like it."
                + "</p><nav>Menu</nav></body></html>");
        Path zh = Cli.write(dir, "zh.html", "<html><body><h1>炸鱼薯条</h1><p>很好吃。<br>我们喜欢。</p></body></html>");
        Cli.Result r = Cli.run("align", "--format", "tsv", en.toString(), zh.toString()).succeeds();
        assertThat(r.out()).contains("Fish & chips").doesNotContain("Menu").doesNotContain("<");
        Cli.Result s = Cli.run("segment", en.toString()).succeeds();
        assertThat(s.out()).isEqualTo("Fish & chips\nIt is good.\nWe like it.\n");
    }

    @Test
    void gbkPageIsReadByItsMetaCharset() throws IOException {
        Path page = dir.resolve("gbk.html");
        Files.write(page, ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body><p>美韩合作面临多重困境。美韩联盟牢不可摧。</p></body></html>").getBytes(Charset.forName("GBK")));
        Cli.Result s = Cli.run("segment", page.toString()).succeeds();
        assertThat(s.out()).isEqualTo("美韩合作面临多重困境。\n美韩联盟牢不可摧。\n");
    }

    @Test
    void textFileThatIsHtmlIsRefusedWithAHint() throws IOException {
        Path f = Cli.write(dir, "page.txt", "<!DOCTYPE html><html><body><p>Hello.</p></body></html>");
        Path zh = Cli.write(dir, "zh.txt", "你好。");
        Cli.Result r = Cli.run("align", f.toString(), zh.toString()).failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + f + ": looks like an HTML page; pass --input-format html"
                + " (or --input-format text to read its markup as text)\n");
        Cli.run("segment", "--input-format", "html", f.toString()).succeeds();
        Cli.Result asText = Cli.run("segment", "--input-format", "text", f.toString()).succeeds();
        assertThat(asText.out()).contains("DOCTYPE html").contains("<p>");
    }

    @Test
    void pdfWithoutExtensionIsRefused() throws IOException {
        Path f = Cli.write(dir, "report", "%PDF-1.4\nstuff");
        Cli.Result r = Cli.run("segment", f.toString()).failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + f + ": looks like a PDF file; bitext reads text, HTML,"
                + " Markdown, DOCX, XLIFF, SRT and WebVTT\n");
    }

    @Test
    void unknownInputFormatIsAUsageError() throws IOException {
        Path f = Cli.write(dir, "a.txt", "Hello.");
        for (String command : List.of("align", "segment", "build-tm")) {
            Cli.Result r = Cli.run(command, "--input-format", "pdf", f.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("unknown input format 'pdf': expected text, html, markdown, docx, xliff,"
                    + " srt or vtt");
        }
    }

    @Test
    void htmlWithoutTextIsRefused() throws IOException {
        Path f = Cli.write(dir, "empty.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>");
        Path zh = Cli.write(dir, "zh.txt", "你好。");
        Cli.Result r = Cli.run("align", f.toString(), zh.toString()).failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + f + ": empty file (no text found in it as html), nothing to align\n");
    }

    @Test
    void markdownIsReadByItsExtension() throws IOException {
        Path f = Cli.write(dir, "a.md", "# Title\n\nSome **bold** text. And more.\n\n```\ncode();\n```\n");
        Cli.Result s = Cli.run("segment", f.toString()).succeeds();
        assertThat(s.out()).isEqualTo("Title\nSome bold text.\nAnd more.\n");
    }

    @Test
    void presegmentedHtmlTakesOneSentenceABlock() throws IOException {
        Path en = Cli.write(dir, "en.html", "<p>One. Two.</p><p>Three.</p>");
        Path zh = Cli.write(dir, "zh.html", "<p>一。二。</p><p>三。</p>");
        Cli.Result r = Cli.run("align", "--presegmented", "--format", "tsv", en.toString(), zh.toString())
                .succeeds();
        assertThat(r.out().lines()).hasSize(2);
    }

    @Test
    void standardInputIsReadForAlignAndSegment() throws Exception {
        Path html = seed002AsHtml();
        Path err = dir.resolve("err");
        Path out = dir.resolve("out.tsv");
        Cli.Result r = Subprocess.run(Subprocess.bitext(List.of(), err, "align", "--format", "tsv", "-o",
                out.toString(), "-").redirectInput(html.toFile()), err);
        assertThat(r.exit()).as(r.err()).isZero();
        Cli.Result text = Cli.run("align", "--format", "tsv", SEED_002.toString()).succeeds();
        assertThat(Files.readString(out)).isEqualTo(text.out());

        Path en = Cli.write(dir, "en.txt", "Hello there. How are you?\n");
        Path seg = dir.resolve("seg.txt");
        r = Subprocess.run(Subprocess.bitext(List.of(), err, "segment", "-o", seg.toString(), "-")
                .redirectInput(en.toFile()), err);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(seg)).isEqualTo("Hello there.\nHow are you?\n");

        Path bad = dir.resolve("bad");
        Files.write(bad, new byte[] {'a', 0, 'b'});
        r = Subprocess.run(Subprocess.bitext(List.of(), err, "segment", "-").redirectInput(bad.toFile()), err);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("bitext: standard input: binary file or unmarked UTF-16");
    }

    @Test
    void buildTmReadsHtmlInputs() throws IOException {
        Path html = seed002AsHtml();
        Path tmx = dir.resolve("out.tmx");
        Cli.Result r = Cli.run("build-tm", "--quiet", "-o", tmx.toString(), html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(tmx)).contains("US-ROK").doesNotContain("World News");
    }

    @Test
    void buildTmWithOneEnglishAndOneChineseFileSaysHowToGiveThem() throws IOException {
        Path en = Cli.write(dir, "en.txt", "The alliance is strong.\n");
        Path zh = Cli.write(dir, "zh.html", "<p>联盟牢不可摧。</p>");
        Cli.Result r = Cli.run("build-tm", "-o", dir.resolve("o.tmx").toString(), en.toString(), zh.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(en + " and " + zh + " are one English and one Chinese document")
                .contains("give them with --pairs, or as a folder of bilingual files");
    }

    @Test
    void jsonlKeepsTheWayBackToTheElements() throws IOException {
        Path en = Cli.write(dir, "en.html", "<html><body><main><p>Good morning.</p><p>Thank you.</p></main></body></html>");
        Path zh = Cli.write(dir, "zh.txt", "早上好。\n谢谢你。\n");
        Cli.Result r = Cli.run("align", "--format", "jsonl", en.toString(), zh.toString()).succeeds();
        assertThat(r.out()).contains("\"source_paths\":[\"html/body/main[1]/p[1]\"]")
                .contains("\"source_paths\":[\"html/body/main[1]/p[2]\"]").doesNotContain("target_paths");
        Path enText = Cli.write(dir, "en.txt", "Good morning.\nThank you.\n");
        Cli.Result plain = Cli.run("align", "--format", "jsonl", enText.toString(), zh.toString()).succeeds();
        assertThat(plain.out()).doesNotContain("_paths");
        Cli.Result bilingual = Cli.run("align", "--format", "jsonl", seed002AsHtml().toString()).succeeds();
        assertThat(bilingual.out().lines().findFirst().orElseThrow()).contains("\"source_paths\":[\"html/body/main[1]/p[1]\"]")
                .contains("\"target_paths\":[\"html/body/main[1]/p[2]\"]");
    }

    @Test
    void buildTmReadsHtmlPairsAndFolders() throws IOException {
        Cli.write(dir, "c/en.html", "<nav>Menu</nav><p>The alliance is strong. Both sides agree.</p>");
        Cli.write(dir, "c/zh.md", "# 联盟\n\n联盟牢不可摧。双方同意。\n");
        Path manifest = Cli.write(dir, "c/pairs.tsv", "en.html\tzh.md\n");
        Path tmx = dir.resolve("pairs.tmx");
        Cli.Result r = Cli.run("build-tm", "--quiet", "-o", tmx.toString(), "--pairs", manifest.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(tmx)).contains("The alliance is strong.").contains("联盟牢不可摧。")
                .doesNotContain("Menu").doesNotContain("#");

        Path folder = dir.resolve("pages");
        Files.createDirectories(folder);
        Files.copy(seed002AsHtml(), folder.resolve("002.html"));
        Path out = dir.resolve("folder.tmx");
        r = Cli.run("build-tm", "--quiet", "-o", out.toString(), folder.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("US-ROK").doesNotContain("Copyright");
    }

    @Test
    void aTranslatedXliffFileIsOneBilingualDocumentAndSubtitlesKeepTheirCues() throws IOException {
        Path xlf = Cli.write(dir, "t.xlf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file source-language=\"en\" target-language=\"zh-CN\" datatype=\"plaintext\" original=\"a\"><body>"
                + "<trans-unit id=\"1\"><source>The weather is fine today.</source><target>今天天气很好。</target></trans-unit>"
                + "<trans-unit id=\"2\"><source>We went to the <g id=\"b\">park</g>.</source><target>我们去了公园。</target></trans-unit>"
                + "</body></file></xliff>\n");
        Cli.Result r = Cli.run("align", "--format", "tsv", xlf.toString()).succeeds();
        assertThat(r.out()).isEqualTo("The weather is fine today.\t今天天气很好。\t" + r.out().split("\t")[2]
                + "\t1-1\n" + r.out().lines().skip(1).findFirst().orElseThrow() + "\n");
        assertThat(r.out()).contains("We went to the park.\t我们去了公园。").doesNotContain("<");
        Path en = Cli.write(dir, "en.srt", "1\n00:00:01,000 --> 00:00:03,000\nThe weather is fine today.\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\n<i>We went to the park.</i>\n");
        Path zh = Cli.write(dir, "zh.srt", "1\n00:00:01,100 --> 00:00:03,000\n今天天气很好。\n\n"
                + "2\n00:00:04,000 --> 00:00:06,200\n我们去了公园。\n");
        Cli.Result cues = Cli.run("align", "--format", "jsonl", en.toString(), zh.toString()).succeeds();
        assertThat(cues.out().lines()).hasSize(2);
        assertThat(cues.out()).contains("\"source_paths\":[\"cue[2]\"]").doesNotContain("-->").doesNotContain("<i>");
    }

    @Test
    void aSoundCueWithoutCounterpartIsLeftUnpairedByItsTime() throws IOException {
        Path en = Cli.write(dir, "s.en.srt", "1\n00:00:01,000 --> 00:00:03,000\nWho is it?\n\n"
                + "2\n00:00:03,400 --> 00:00:05,000\n[door creaks]\n\n"
                + "3\n00:00:05,500 --> 00:00:07,500\nIt's me.\n\n4\n00:00:08,000 --> 00:00:10,000\nCome in.\n");
        Path zh = Cli.write(dir, "s.zh.srt", "1\n00:00:01,120 --> 00:00:02,900\n谁呀？\n\n"
                + "2\n00:00:05,620 --> 00:00:07,400\n是我。\n\n3\n00:00:08,100 --> 00:00:10,050\n进来吧。\n");
        Cli.Result r = Cli.run("align", "--format", "ladder", en.toString(), zh.toString()).succeeds();
        assertThat(r.out()).isEqualTo("[0]:[0]\n[1]:[]\n[2]:[1]\n[3]:[2]\n");
        Cli.run("align", "--no-cue-times", "--format", "ladder", en.toString(), zh.toString()).succeeds();
        Cli.Result tm = Cli.run("build-tm", "--no-cue-times", "-o", dir.resolve("s.tmx").toString(), "--pairs",
                Cli.write(dir, "pairs.tsv", en + "\t" + zh + "\n").toString());
        assertThat(tm.exit()).as(tm.err()).isZero();
        assertThat(Files.readString(dir.resolve("s.tmx"))).contains("<seg>It's me.</seg>");
    }
}
