package dev.bitext.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtitleReaderTest {
    /** Each cue as {@code path start-end: text}. */
    private static List<String> cues(StructuredText st) {
        assertThat(st.blocks()).allSatisfy(b -> assertThat(b.kind()).isEqualTo(BlockKind.CUE));
        return st.blocks().stream().map(b -> b.path() + " " + b.startMillis() + "-" + b.endMillis() + ": "
                + st.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void srtWithMarkupCrlfAndLenientLayout() {
        String srt = String.join("\r\n",
                "1",
                "00:00:01,600 --> 00:00:04,200",
                "<i>Hello</i> there,",
                "<font color=\"#ffffff\">general</font> &amp; friends.",
                "",
                "",
                "2",
                "00:00:05,000 --> 00:00:07,5 X1:100 X2:200 Y1:10 Y2:20",
                "{\\an8}Up <b>here</b>.",
                "7",
                "00:00:08.000 --> 00:00:09.000",
                "No blank line before me.",
                "",
                "01:02:03,004 --> 01:02:04,000",
                "No number.",
                "",
                "Stray line after a blank.",
                "");
        StructuredText st = SubtitleReader.read(srt, InputFormat.SRT, "a.srt");
        assertThat(st.format()).isEqualTo(InputFormat.SRT);
        assertThat(cues(st)).containsExactly(
                "cue[1] 1600-4200: Hello there, general & friends.",
                "cue[2] 5000-7500: Up here.",
                "cue[7] 8000-9000: No blank line before me.",
                "cue[4] 3723004-3724000: No number. Stray line after a blank.");
    }

    @Test
    void webVttSkipsHeaderNotesStylesAndRegions() {
        String vtt = """
                WEBVTT - a title
                Kind: captions

                STYLE
                ::cue { color: yellow }

                REGION
                id:fred width:40%

                NOTE this is a comment
                that goes on

                intro
                00:01.000 --> 00:04.000 align:start position:10%
                <v Roger Bingham>We are in New York City
                <c.loud>right now</c>, <00:00:03.500>truly.

                NOTE after the first cue

                00:00:05.000 --> 00:00:06.000
                漢<ruby>字<rt>kanji</rt></ruby>&lt;3&gt;&nbsp;ok

                text without timing is ignored

                3
                00:00:07.000 --> 00:00:08.000
                Last.
                """;
        StructuredText st = SubtitleReader.read(vtt, InputFormat.WEBVTT, "b.vtt");
        assertThat(cues(st)).containsExactly(
                "cue[1] 1000-4000: We are in New York City right now, truly.",
                "cue[2] 5000-6000: 漢字<3> ok",
                "cue[3] 7000-8000: Last.");
        assertThat(st.blocks().get(0).timed()).isTrue();
    }

    @Test
    void malformedTimeLineNamesFileAndLine() {
        assertThatThrownBy(() -> SubtitleReader.read("1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:xx --> 1\nbad\n",
                InputFormat.SRT, "c.srt"))
                .isInstanceOf(BitextException.class)
                .hasMessageStartingWith("c.srt: line 6: malformed time line '00:00:xx --> 1'");
        assertThatThrownBy(() -> SubtitleReader.read("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nback\n",
                InputFormat.WEBVTT, "d.vtt"))
                .isInstanceOf(BitextException.class)
                .hasMessage("d.vtt: line 3: the cue ends before it starts ('00:00:05.000 --> 00:00:04.000')");
    }

    @Test
    void emptyCuesAreLeftOutAndOtherFormatsRefused() {
        assertThat(SubtitleReader.read("1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:03,000 --> "
                + "00:00:04,000\nyes\n", InputFormat.SRT, "e.srt").blocks()).extracting(Block::path)
                .containsExactly("cue[2]");
        assertThatThrownBy(() -> SubtitleReader.read("x", InputFormat.HTML, "f.html"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
