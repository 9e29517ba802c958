package dev.bitext.segment;

import static dev.bitext.segment.SegTexts.sentences;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseSegmenterTest {
    private static final Language ZH = Language.CHINESE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我们走了。|你们呢？|他说：好！",
        "真的吗?|是的!|好",
        "他想了想……|然后走了。",
        "等等…|我来了",
        "真的吗？！|你确定？",
        "他说：“我们走吧。”|然后离开了。",
        "他說：「我們走吧！」|然後離開了。",
        "這是『最後一次』了嗎？』|對。",
        "（全文完。）|下一篇。",
        "他走了。|“你好，”她说。",
        "这是第一句。|《人民日报》报道了。",
        "這是第一句。|「你好」，他說。",
        "他问：‘谁？’|没人回答。",
        "全球化改变了DNA,美国应对COVID-19疫情,2+2会谈增长3.5%。|U.S.与中国举行对话。",
    })
    void splitsAtTerminatorsOnly(String joined) {
        String[] expected = joined.split("\\|");
        assertThat(sentences(ZH, String.join("", expected))).containsExactly(expected);
    }

    @Test
    void spacesBetweenSentencesAreExcluded() {
        assertThat(sentences(ZH, "  他走了。 \u3000她来了！ ")).containsExactly("他走了。", "她来了！");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "第一，我们要努力；第二，他们要配合：这是共识、也是目标。",
        "苹果、香蕉……，还有梨。",
        "访问example.com/a?id=3和Yahoo!Japan网站。",
    })
    void pausesAndMarksInsideLatinDoNotSplit(String text) {
        assertThat(sentences(ZH, text)).containsExactly(text);
    }

    @Test
    void lineBreaksAreHardBreaks() {
        String text = "第一行没有句号\n第二行，\r\n继续\u2029第三行。";
        Document doc = Segmenter.of(ZH).segment(text);
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("第一行没有句号", "第二行，", "继续", "第三行。");
        assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 2, 3);
    }
}
