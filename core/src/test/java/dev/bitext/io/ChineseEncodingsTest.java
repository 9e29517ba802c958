package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ChineseEncodings#guess} on real sentences in GB18030, GBK and Big5, and on bytes that are neither. */
class ChineseEncodingsTest {
    private static final String HANS = "据外媒1月24日报道，韩国国防部长官徐旭与美国拜登政府的新任防长奥斯汀通电话，"
            + "重申美韩联盟牢不可摧，两国防务部门将继续保持紧密合作。\n那天晚上我没走掉。陈清扬把我拽住，以伟大友谊的名义叫我留下来。\n";
    private static final String HANT = "起初，神創造天地。地是空虛混沌，淵面黑暗；神的靈運行在水面上。\n"
            + "神說：「要有光」，就有了光。神看光是好的，就把光暗分開了。\n";

    private static byte[] encode(String text, String charset) throws CharacterCodingException {
        ByteBuffer b = Charset.forName(charset).newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        return Arrays.copyOf(b.array(), b.limit());
    }

    private static Optional<String> guess(byte[] bytes) {
        return ChineseEncodings.guess(bytes, bytes.length, true).map(Charset::name);
    }

    @Test
    void gbAndBig5AreRecognised() throws Exception {
        assertThat(guess(encode(HANS, "GB18030"))).contains("GB18030");
        assertThat(guess(encode(HANS, "GBK"))).contains("GB18030");
        assertThat(guess(encode(HANT, "GB18030"))).contains("GB18030");
        assertThat(guess(encode(HANT, "Big5"))).contains("Big5");
    }

    @Test
    void aPrefixMayEndInsideACharacter() throws Exception {
        byte[] big5 = encode(HANT, "Big5");
        byte[] gb = encode(HANS, "GB18030");
        assertThat(ChineseEncodings.guess(big5, 27, false).map(Charset::name)).contains("Big5");
        assertThat(ChineseEncodings.guess(gb, 26, false).map(Charset::name)).contains("GB18030");
        assertThat(ChineseEncodings.guess(gb, 26, true)).isEmpty();
    }

    @Test
    void otherBytesAreNeither() {
        assertThat(guess("Le café est fermé, nous rentrons à pied ce soir.".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(guess(new byte[] {'[', '0', ']', ':', (byte) 0xC3, '[', '0', ']'})).isEmpty();
        assertThat(guess("Schöne Grüße aus Köln und Düsseldorf, über alles.".getBytes(Charset.forName("windows-1252"))))
                .isEmpty();
    }

    @Test
    void damagedUtf8IsNotTakenForGb() {
        byte[] utf8 = HANS.getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length / 2 - (utf8.length / 2) % 3] = (byte) 0xFF;
        assertThat(guess(utf8)).isEmpty();
        assertThat(guess(Arrays.copyOf(HANS.getBytes(StandardCharsets.UTF_8), 40))).isEmpty();
    }
}
