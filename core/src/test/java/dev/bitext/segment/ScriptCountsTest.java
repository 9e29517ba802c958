package dev.bitext.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Document;
import dev.bitext.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the scripts of a text say about it: the thresholds of {@link ScriptCounts} on real sentences. */
class ScriptCountsTest {
    /** Genesis 1:1-3, Chinese Union Version, Traditional and Simplified. */
    private static final String HANT = "起初，神創造天地。地是空虛混沌，淵面黑暗；神的靈運行在水面上。神說：「要有光」，就有了光。";
    private static final String HANS = "起初，神创造天地。地是空虚混沌，渊面黑暗；神的灵运行在水面上。神说：“要有光”，就有了光。";

    @Test
    void countsEachScript() {
        ScriptCounts c = ScriptCounts.of("Tokyo 日本 です 서울 國国");
        assertThat(c.latin()).isEqualTo(5);
        assertThat(c.han()).isEqualTo(4);
        assertThat(c.kana()).isEqualTo(2);
        assertThat(c.hangul()).isEqualTo(2);
        assertThat(c.traditionalOnly()).isEqualTo(1);
        assertThat(c.simplifiedOnly()).isEqualTo(1);
        // The middle dot and the long-vowel mark are used in Chinese too: not kana.
        assertThat(ScriptCounts.of("列夫・托尔斯泰ー").kana()).isZero();
    }

    @Test
    void englishGivenAsChineseAndChineseGivenAsEnglish() {
        ScriptCounts english = ScriptCounts.of("The rain stopped in the evening. We walked home together.");
        assertThat(english.looksEnglish()).isTrue();
        assertThat(english.looksChinese()).isFalse();
        ScriptCounts chinese = ScriptCounts.of("雨在傍晚停了。我们一起走回家。");
        assertThat(chinese.looksChinese()).isTrue();
        assertThat(chinese.looksEnglish()).isFalse();
        // Neither script (numbers only): nothing to contradict.
        assertThat(ScriptCounts.of("2021-02-01 17:40").looksEnglish()).isFalse();
    }

    @Test
    void namesInTheOtherScriptDoNotTipEitherWay() {
        ScriptCounts englishWithNames = ScriptCounts.of("Chen Qingyang (陈清扬) pulled me back and asked me to stay "
                + "in the name of our great friendship; Wang Er (王二) had lied to her.");
        assertThat(englishWithNames.looksChinese()).isFalse();
        ScriptCounts englishArticle = ScriptCounts.of("Chen Qingyang (陈清扬) pulled me back and asked me to stay. "
                + "She admitted that she had been wrong to hit me and that she had not treated me well, but she said "
                + "that my great friendship was false, and that I had only taken her out to study her structure.");
        assertThat(englishArticle.looksEnglish()).isTrue();
        ScriptCounts chineseWithProducts = ScriptCounts.of("陈清扬用 iPhone 15 Pro Max 和 MacBook Air 给 Wang Er 发了消息。");
        assertThat(chineseWithProducts.looksEnglish()).isFalse();
        assertThat(chineseWithProducts.looksChinese()).isFalse();
        assertThat(chineseWithProducts.language()).isEqualTo(Language.CHINESE);
    }

    @Test
    void japaneseAndKorean() {
        assertThat(ScriptCounts.of("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。").looksJapanese()).isTrue();
        assertThat(ScriptCounts.of("大韓民国は民主共和国である。").looksJapanese()).isTrue();
        assertThat(ScriptCounts.of("她在“ラーメン”店门口等了很久。我们一起走回家。").looksJapanese()).isFalse();
        assertThat(ScriptCounts.of("The word tsunami (津波) comes from Japanese; so does karaoke (カラオケ).")
                .looksJapanese()).isFalse();
        assertThat(ScriptCounts.of("대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있다.").looksKorean()).isTrue();
        assertThat(ScriptCounts.of("She said \"kamsahamnida\" (감사합니다) and left the room before we could answer.")
                .looksKorean()).isFalse();
        assertThat(ScriptCounts.of("他说了一句“감사합니다”就走了，我们都没有听懂他的意思。").looksKorean()).isFalse();
        ScriptCounts bilingual = ScriptCounts.of("I Am a Cat, by Natsume Soseki, chapter one, first lines.\n"
                + "吾輩は猫である。名前はまだ無い。");
        assertThat(bilingual.withoutLatin().looksJapanese()).isTrue();
    }

    @Test
    void traditionalAndSimplified() {
        assertThat(ScriptCounts.of(HANT).isTraditional()).isTrue();
        assertThat(ScriptCounts.of(HANS).isTraditional()).isFalse();
        // Characters both scripts use say nothing: Simplified (zh-CN) is the default.
        assertThat(ScriptCounts.of("我们的人在台上吃面。").isTraditional()).isFalse();
        assertThat(ScriptCounts.of("人大中小").isTraditional()).isFalse();
        // A Simplified text quoting a Traditional name stays Simplified, and the other way round.
        assertThat(ScriptCounts.of("他在台北的“誠品書店”买了这本书，说这是他们最喜欢的书店。").isTraditional()).isFalse();
        assertThat(ScriptCounts.of("他們說這本書在「新华书店」買不到，只好從網路上訂購。").isTraditional()).isTrue();
        Document hant = Document.ofLines(Language.CHINESE, List.of("起初，神創造天地。", "神說：「要有光」，就有了光。"));
        assertThat(ScriptCounts.of(hant).isTraditional()).isTrue();
    }
}
