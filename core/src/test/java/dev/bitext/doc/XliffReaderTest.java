package dev.bitext.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XliffReaderTest {
    private static XliffSides read(String xml) {
        return XliffReader.read(xml.getBytes(StandardCharsets.UTF_8), "t.xlf");
    }

    @Test
    void xliff12WithGroupsInlineTagsAndCjk() {
        XliffSides sides = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a.html" source-language="en-US" target-language="zh-CN" datatype="html">
                    <header><note>not text</note></header>
                    <body>
                      <trans-unit id="u1">
                        <source>Hello <g id="1">bold</g> world<x id="2"/>.</source>
                        <seg-source><mrk mtype="seg" mid="1">Hello bold world.</mrk></seg-source>
                        <target state="translated">你好<g id="1">粗体</g>世界<x id="2"/>。</target>
                        <alt-trans><source>Hello</source><target>别的</target></alt-trans>
                        <note>a note</note>
                      </trans-unit>
                      <group id="g1">
                        <group id="g2">
                          <trans-unit id="u2">
                            <source>Press <bpt id="1">&lt;b&gt;</bpt>OK<ept id="1">&lt;/b&gt;</ept> &amp; go<ph id="3">{0}</ph></source>
                            <target>按<bpt id="1">&lt;b&gt;</bpt>确定<ept id="1">&lt;/b&gt;</ept>&amp;走<ph id="3">{0}</ph></target>
                          </trans-unit>
                        </group>
                      </group>
                      <trans-unit id="u3"><source>Not yet translated.</source></trans-unit>
                      <trans-unit id="u4"><source>Empty target.</source><target/></trans-unit>
                      <bin-unit id="b1" mime-type="image/png"><bin-source/></bin-unit>
                    </body>
                  </file>
                  <file original="b.html" source-language="en" target-language="zh" datatype="html">
                    <body><trans-unit id="u1"><source><mrk mtype="protected">Second</mrk> file</source>
                      <target><mrk mtype="protected">第二</mrk>文件</target></trans-unit></body>
                  </file>
                </xliff>
                """);

        assertThat(sides.bilingual()).isTrue();
        assertThat(sides.sourceLanguage()).isEqualTo("en-US");
        assertThat(sides.targetLanguage()).isEqualTo("zh-CN");
        assertThat(DocxReaderTest.describe(sides.source())).containsExactly(
                "PARAGRAPH file[1]/unit[u1]/source: Hello bold world.",
                "PARAGRAPH file[1]/unit[u2]/source: Press OK & go",
                "PARAGRAPH file[2]/unit[u1]/source: Second file");
        assertThat(DocxReaderTest.describe(sides.target())).containsExactly(
                "PARAGRAPH file[1]/unit[u1]/target: 你好粗体世界。",
                "PARAGRAPH file[1]/unit[u2]/target: 按确定&走",
                "PARAGRAPH file[2]/unit[u1]/target: 第二文件");
        assertThat(sides.source().format()).isEqualTo(InputFormat.XLIFF);
    }

    @Test
    void xliff20WithSegmentsGroupsAndInlineMarkup() {
        XliffSides sides = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hans">
                  <file id="f1">
                    <notes><note>skip</note></notes>
                    <unit id="1">
                      <originalData><data id="d1">&lt;br/&gt;</data></originalData>
                      <segment><source>First <pc id="1">sentence</pc>.</source><target>第一<pc id="1">句</pc>。</target></segment>
                      <ignorable><source> </source></ignorable>
                      <segment><source>Second<ph id="2" dataRef="d1" equiv="[br]"/> one<cp hex="21"/></source><target>第二句<ph id="2" dataRef="d1"/>！</target></segment>
                    </unit>
                    <group id="g">
                      <unit id="2"><segment><source><mrk id="m1" translate="no">Bitext</mrk> <sc id="s"/>aligns<ec startRef="s"/>.</source>
                        <target><mrk id="m1" translate="no">Bitext</mrk>对齐<sm id="x"/>句子<em startRef="x"/>。</target></segment></unit>
                    </group>
                  </file>
                </xliff>
                """);

        assertThat(sides.sourceLanguage()).isEqualTo("en");
        assertThat(sides.targetLanguage()).isEqualTo("zh-Hans");
        assertThat(DocxReaderTest.describe(sides.source())).containsExactly(
                "PARAGRAPH file[1]/unit[1]/source: First sentence. Second one!",
                "PARAGRAPH file[1]/unit[2]/source: Bitext aligns.");
        assertThat(DocxReaderTest.describe(sides.target())).containsExactly(
                "PARAGRAPH file[1]/unit[1]/target: 第一句。 第二句！",
                "PARAGRAPH file[1]/unit[2]/target: Bitext对齐句子。");
    }

    @Test
    void untranslatedFileHasOnlyASourceSide() {
        XliffSides sides = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.1" version="2.1" srcLang="zh">
                  <file id="f"><unit id="a"><segment><source>你好。</source></segment></unit>
                  <unit><segment><source>再见。</source><target> </target></segment></unit></file>
                </xliff>
                """);
        assertThat(sides.bilingual()).isFalse();
        assertThat(sides.targetLanguage()).isNull();
        assertThat(sides.target().blocks()).isEmpty();
        assertThat(DocxReaderTest.describe(sides.source()))
                .containsExactly("PARAGRAPH file[1]/unit[a]/source: 你好。", "PARAGRAPH file[1]/unit[2]/source: 再见。");
    }

    @Test
    void externalEntitiesAreNotRead() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file source-language="en"><body><trans-unit id="1"><source>&xxe;</source></trans-unit></body></file>
                </xliff>
                """))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith("t.xlf: not well-formed XML at line ")
                .hasMessageNotContaining("root:");
    }

    @Test
    void notXmlNotXliffAndUnsupportedVersions() {
        assertThatThrownBy(() -> read("just some text"))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith("t.xlf: not well-formed XML at line 1, column 1: ");
        assertThatThrownBy(() -> read("<html><body/></html>"))
                .isInstanceOf(BitextException.class)
                .hasMessage("t.xlf: not an XLIFF file (the root element is <html>, not <xliff>)");
        assertThatThrownBy(() -> read("<xliff version=\"1.1\"><file/></xliff>"))
                .isInstanceOf(BitextException.class)
                .hasMessage("t.xlf: XLIFF version 1.1 is not supported (1.2 or 2.x)");
        assertThatThrownBy(() -> read("<xliff><file/></xliff>"))
                .isInstanceOf(BitextException.class)
                .hasMessage("t.xlf: XLIFF version unknown is not supported (1.2 or 2.x)");
        assertThatThrownBy(() -> read("<xliff version=\"1.2\"><file><body><trans-unit>"))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith("t.xlf: not well-formed XML at line 1, column ");
    }
}
