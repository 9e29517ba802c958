package dev.bitext.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Language;
import dev.bitext.Sentence;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static StructuredText read(String html) {
        return HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    private static List<String> texts(StructuredText st) {
        return st.blocks().stream().map(b -> st.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void blocksAndTheirKinds() {
        StructuredText st = read("<!DOCTYPE html><html><head><title>Title</title></head><body>"
                + "<h1>Heading</h1><p>One.</p><ul><li>Item</li></ul>"
                + "<table><caption>Cap</caption><tr><td>Cell</td><th>Head</th></tr></table>"
                + "<figure><img src=x><figcaption>Fig</figcaption></figure><div>Loose text</div></body></html>");
        assertThat(texts(st)).containsExactly("Heading", "One.", "Item", "Cap", "Cell", "Head", "Fig", "Loose text");
        assertThat(st.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.LIST_ITEM, BlockKind.CAPTION, BlockKind.TABLE_CELL, BlockKind.TABLE_CELL, BlockKind.CAPTION,
                BlockKind.PARAGRAPH);
        assertThat(st.text()).doesNotContain("DOCTYPE").doesNotContain("Title");
    }

    @Test
    void furnitureAndHiddenElementsAreLeftOut() {
        StructuredText st = read("<body><nav>Home | News</nav><header>Site</header><script>var x = '<p>';</script>"
                + "<style>p { color: red }</style><noscript>Enable JS</noscript><p>Kept.</p>"
                + "<p hidden>H1</p><p aria-hidden=\"true\">H2</p><p style=\"display: none\">H3</p>"
                + "<span style=\"visibility:hidden\">H4</span><aside>Ads</aside><form><button>Go</button></form>"
                + "<footer>Copyright</footer><template><p>T</p></template><iframe src=x></iframe>"
                + "<svg><text>S</text></svg></body>");
        assertThat(texts(st)).containsExactly("Kept.");
    }

    @Test
    void nestedBlocksDoNotRepeatText() {
        StructuredText st = read("<body><div>Intro <b>bold</b><p>Inner.</p>Tail</div>"
                + "<blockquote><p>Quoted.</p></blockquote></body>");
        assertThat(texts(st)).containsExactly("Intro bold", "Inner.", "Tail", "Quoted.");
    }

    @Test
    void entitiesAreDecodedAndBrIsALineBreak() {
        StructuredText st = read("<p>Fish &amp; chips &lt;3 &#20320;&#x597D; &nbsp;x</p><p>Line one<br>Line  \n two</p>");
        assertThat(texts(st)).containsExactly("Fish & chips <3 你好 x", "Line one\nLine two");
        assertThat(st.lines()).containsExactly("Fish & chips <3 你好 x", "Line one", "Line two");
    }

    @Test
    void pathsLeadBackToTheElement() {
        StructuredText st = read("<html><body><main><p>A</p><div>B</div><p>C</p><p>D</p></main></body></html>");
        assertThat(st.blocks()).extracting(Block::path).containsExactly("html/body/main[1]/p[1]",
                "html/body/main[1]/div[1]", "html/body/main[1]/p[2]", "html/body/main[1]/p[3]");
    }

    @Test
    void gbkPageIsDecodedByItsMetaCharset() {
        String html = "<html><head><meta charset=\"gbk\"></head><body><p>美韩合作面临多重困境。</p></body></html>";
        StructuredText st = HtmlReader.read(html.getBytes(Charset.forName("GBK")), "gbk.html");
        assertThat(texts(st)).containsExactly("美韩合作面临多重困境。");
    }

    @Test
    void httpEquivCharsetAndBomAreHonoured() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head>"
                + "<body><p>繁體中文。</p></body></html>";
        assertThat(texts(HtmlReader.read(html.getBytes(Charset.forName("Big5")), "b.html")))
                .containsExactly("繁體中文。");
        byte[] utf16 = ("\uFEFF<p>你好。</p>").getBytes(StandardCharsets.UTF_16BE);
        assertThat(texts(HtmlReader.read(utf16, "u.html"))).containsExactly("你好。");
    }

    @Test
    void sentencesCarryTheirBlockIndex() {
        StructuredText st = read("<h1>Title here</h1><p>One. Two.</p>");
        List<Sentence> s = st.segment(Language.ENGLISH).sentences();
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
    }

    @Test
    void undeclaredLegacyChineseIsDetectedAndBadBytesRefused() {
        String html = "<html><body><p>美韩合作面临多重困境。美韩联盟牢不可摧。</p></body></html>";
        StructuredText st = HtmlReader.read(html.getBytes(Charset.forName("GBK")), "gbk.html");
        assertThat(texts(st)).containsExactly("美韩合作面临多重困境。美韩联盟牢不可摧。");
        byte[] bad = {'<', 'p', '>', 'O', 'k', (byte) 0xFF, '<', '/', 'p', '>'};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlReader.read(bad, "bad.html"))
                .isInstanceOf(dev.bitext.BitextException.class)
                .hasMessage("bad.html: invalid UTF-8 at byte 5 (the page declares no other charset, and it is not"
                        + " GB18030 or Big5 either)");
    }
}
