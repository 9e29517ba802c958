package dev.bitext.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    private static List<String> texts(StructuredText st) {
        return st.blocks().stream().map(b -> st.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void headingsListsParagraphsAndQuotes() {
        StructuredText st = MarkdownReader.read("# Title #\n\nSetext\n======\n\nA paragraph\nover two lines.\n\n"
                + "- one\n* two\n1. three\n\n> quoted\n> text\n");
        assertThat(texts(st)).containsExactly("Title", "Setext", "A paragraph\nover two lines.", "one", "two",
                "three", "quoted\ntext");
        assertThat(st.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.PARAGRAPH);
        assertThat(st.blocks()).extracting(Block::path).startsWith("block[1]", "block[2]", "block[3]");
    }

    @Test
    void codeCommentsAndHtmlAreDropped() {
        StructuredText st = MarkdownReader.read("Before.\n\n```java\nint x;\n```\n\n~~~\ncode\n~~~\n\n"
                + "    indented code\n\n<!-- a\ncomment -->\n\n<div class=\"x\">\nraw\n</div>\n\nAfter.\n");
        assertThat(texts(st)).containsExactly("Before.", "After.");
    }

    @Test
    void inlineMarkupIsRemoved() {
        StructuredText st = MarkdownReader.read("Some **bold**, _it_, `code`, [a link](http://x.org), "
                + "![an image](i.png) and <https://example.org>.\n");
        assertThat(texts(st)).containsExactly("Some bold, it, code, a link,  and https://example.org.");
    }

    @Test
    void tableCellsAreBlocks() {
        StructuredText st = MarkdownReader.read("| en | zh |\n|----|:--:|\n| Hello | 你好 |\n\nAfter.\n");
        assertThat(texts(st)).containsExactly("en", "zh", "Hello", "你好", "After.");
        assertThat(st.blocks().get(2).kind()).isEqualTo(BlockKind.TABLE_CELL);
    }
}
