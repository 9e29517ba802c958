package dev.bitext.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Aligner;
import dev.bitext.AlignerOptions;
import dev.bitext.Bead;
import dev.bitext.CueTimes;
import dev.bitext.Document;
import dev.bitext.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cue times reach the documents, and two cues overlapping in time count as evidence in the alignment. */
class SubtitleTimesTest {
    /**
     * A short scene of our own: terse, repeated lines whose lengths say little, English sound cues ("[door
     * creaks]") and one line the Chinese track leaves out. Each Chinese cue is timed 90–120 ms later than
     * its English one, as two tracks timed apart are.
     */
    private static final String[][] SCENE = {
        {"Hello?", "喂？"}, {"[door creaks]", null}, {"Is anyone here?", "有人吗？"}, {"Yes.", "有。"},
        {"Who are you?", "你是谁？"}, {"A friend.", "朋友。"}, {"[footsteps approaching]", null},
        {"Come in.", "进来吧。"}, {"Thank you.", "谢谢。"}, {"Sit down.", "坐。"}, {"Tea?", "喝茶吗？"},
        {"Yes.", "好。"}, {"No sugar.", null}, {"Thank you.", "谢谢。"}, {"[thunder rumbles]", null},
        {"It's late.", "不早了。"}, {"Yes.", "是啊。"}, {"Stay tonight.", "今晚留下吧。"}, {"Thank you.", "谢谢。"},
        {"Good night.", "晚安。"},
    };

    private static String time(long ms) {
        return String.format("%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static String srt(boolean chinese, List<Bead> gold) {
        StringBuilder out = new StringBuilder();
        long t = 1000;
        int cue = 0;
        int zh = 0;
        for (int k = 0; k < SCENE.length; k++) {
            String en = SCENE[k][0];
            String text = chinese ? SCENE[k][1] : en;
            long d = 1500 + en.length() * 40L;
            if (gold != null) {
                gold.add(SCENE[k][1] == null ? Bead.of(k, 1, zh, 0, 1) : Bead.of(k, 1, zh++, 1, 1));
            }
            if (text != null) {
                long shift = chinese ? 120 : 0;
                out.append(++cue).append('\n').append(time(t + shift)).append(" --> ")
                        .append(time(t + d + shift - (chinese ? 30 : 0))).append('\n').append(text).append("\n\n");
            }
            t += d + 700;
        }
        return out.toString();
    }

    private static Document read(String srt, Language language) {
        return SubtitleReader.read(srt, InputFormat.SRT, language + ".srt").segment(language);
    }

    private static List<String> beads(List<Bead> beads) {
        return beads.stream().map(b -> b.source() + ":" + b.target()).toList();
    }

    @Test
    void everySentenceOfACueCarriesTheCueSpan() {
        Document d = read("1\n00:00:01,000 --> 00:00:04,000\nWe're almost done. Shhh...\n\n"
                + "2\n00:00:05,500 --> 00:00:07,250\nHey,\nsit still.\n", Language.ENGLISH);
        assertThat(d.sentences()).extracting(s -> s.text())
                .containsExactly("We're almost done.", "Shhh...", "Hey, sit still.");
        CueTimes times = d.cueTimes();
        assertThat(times.size()).isEqualTo(3);
        assertThat(List.of(times.startMillis(0), times.endMillis(0), times.startMillis(1), times.startMillis(2),
                times.endMillis(2))).containsExactly(1000L, 4000L, 1000L, 5500L, 7250L);
        Document lines = SubtitleReader.read("1\n00:00:01,000 --> 00:00:04,000\nHey,\nsit still.\n",
                InputFormat.SRT, "a.srt").presegmented(Language.ENGLISH);
        assertThat(lines.size()).isEqualTo(1);
        assertThat(lines.cueTimes().endMillis(0)).isEqualTo(4000L);
    }

    @Test
    void documentsThatAreNotSubtitlesHaveNoTimes() {
        StructuredText md = MarkdownReader.read("# Title\n\nOne. Two.\n");
        assertThat(md.segment(Language.ENGLISH).cueTimes().isEmpty()).isTrue();
        assertThat(md.presegmented(Language.ENGLISH).cueTimes()).isEqualTo(CueTimes.none());
    }

    @Test
    void timesMustGiveOneSpanPerSentence() {
        Document d = read("1\n00:00:01,000 --> 00:00:04,000\nOne. Two.\n", Language.ENGLISH);
        assertThatThrownBy(() -> d.withCueTimes(CueTimes.of(new long[] {1}, new long[] {2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 time spans for 2 sentences");
        assertThatThrownBy(() -> CueTimes.of(new long[] {5, -1}, new long[] {4, -1}))
                .hasMessageContaining("sentence 0: 5 --> 4");
    }

    @Test
    void overlappingCueTimesDecideWhereLengthsCannot() {
        List<Bead> gold = new ArrayList<>();
        Document en = read(srt(false, gold), Language.ENGLISH);
        Document zh = read(srt(true, null), Language.CHINESE);
        assertThat(en.size()).isEqualTo(SCENE.length);

        List<Bead> timed = Aligner.create().align(en, zh).beads();
        assertThat(beads(timed)).containsExactlyElementsOf(beads(gold));

        // the same scene without its times: the lengths of "Yes." and "Thank you." leave it ambiguous
        List<Bead> untimed = Aligner.create(AlignerOptions.builder().cueTimes(false).build()).align(en, zh).beads();
        assertThat(beads(untimed)).isNotEqualTo(beads(gold));
        Document enText = en.withCueTimes(CueTimes.none());
        assertThat(beads(Aligner.create().align(enText, zh).beads())).isEqualTo(beads(untimed));
    }
}
