package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TmFilterTest {
    private static final Bead ONE_ONE = Bead.of(0, 1, 0, 1, 0.8);

    private static FilterReason judge(TmFilter filter, String source, String target) {
        return filter.session().judge(ONE_ONE, source, target);
    }

    @Test
    void defaultsKeepEveryConfidenceAndDropTheRest() {
        TmFilter f = TmFilter.defaults();
        assertThat(f.minConfidence()).isZero();
        assertThat(f.maxLengthRatio()).isEqualTo(TmFilter.DEFAULT_MAX_LENGTH_RATIO);
        assertThat(f.dropIdentical()).isTrue();
        assertThat(f.dropNoWords()).isTrue();
        assertThat(f.deduplicate()).isTrue();
        assertThat(f.session().judge(Bead.of(0, 1, 0, 1, 0.0), "He came home.", "他回家了。")).isNull();
    }

    @Test
    void unpairedBeadsAndBlankSidesAreDropped() {
        TmFilter.Session s = TmFilter.defaults().session();
        assertThat(s.judge(Bead.of(0, 1, 0, 0, 0.9), "He came home.", "")).isEqualTo(FilterReason.UNPAIRED);
        assertThat(s.judge(Bead.of(0, 0, 0, 1, 0.9), "", "他回家了。")).isEqualTo(FilterReason.UNPAIRED);
        assertThat(s.judge(ONE_ONE, " \t", "他回家了。")).isEqualTo(FilterReason.UNPAIRED);
    }

    @Test
    void sidesWithoutWordsAreDroppedUnlessAsked() {
        assertThat(judge(TmFilter.defaults(), "1998.", "1998。")).isEqualTo(FilterReason.NO_WORDS);
        assertThat(judge(TmFilter.defaults(), "Chapter 3", "(3)")).isEqualTo(FilterReason.NO_WORDS);
        assertThat(judge(TmFilter.defaults(), "1998 was hot.", "1998年很热。")).isNull();
        assertThat(judge(TmFilter.builder().dropNoWords(false).build(), "1998.", "1998。")).isNull();
    }

    @Test
    void identicalSidesAreDroppedAfterNormalisingWhiteSpace() {
        assertThat(judge(TmFilter.defaults(), " IBM  Watson", "IBM Watson\n")).isEqualTo(FilterReason.IDENTICAL_SIDES);
        assertThat(judge(TmFilter.defaults(), "IBM Watson", "IBM-Watson")).isNull();
        assertThat(judge(TmFilter.builder().dropIdentical(false).build(), "IBM Watson", "IBM Watson")).isNull();
    }

    @Test
    void lengthRatioComparesHanCharactersAsThreeUnits() {
        // 12 letters against one Han character (3 units) is exactly the default ratio 4: kept; 13 is beyond.
        assertThat(judge(TmFilter.defaults(), "abcdef ghijkl", "天")).isNull();
        assertThat(judge(TmFilter.defaults(), "abcdef ghijklm", "天")).isEqualTo(FilterReason.LENGTH_RATIO);
        assertThat(judge(TmFilter.defaults(), "Yes.", "是的，我今天下午要去北京看望我的老朋友。"))
                .isEqualTo(FilterReason.LENGTH_RATIO);
        TmFilter unlimited = TmFilter.builder().maxLengthRatio(TmFilter.NO_LENGTH_LIMIT).build();
        assertThat(judge(unlimited, "Yes.", "是的，我今天下午要去北京看望我的老朋友。")).isNull();
        TmFilter strict = TmFilter.builder().maxLengthRatio(1.5).build();
        assertThat(judge(strict, "abcdefgh", "天")).isEqualTo(FilterReason.LENGTH_RATIO);
    }

    @Test
    void lowConfidenceIsDroppedBelowTheMinimumOnly() {
        TmFilter f = TmFilter.builder().minConfidence(0.9).build();
        TmFilter.Session s = f.session();
        assertThat(s.judge(Bead.of(0, 1, 0, 1, 0.89), "He came home.", "他回家了。")).isEqualTo(FilterReason.LOW_CONFIDENCE);
        assertThat(s.judge(Bead.of(0, 1, 0, 1, 0.9), "He came home.", "他回家了。")).isNull();
    }

    @Test
    void duplicatesAreDroppedWithinASessionOnly() {
        TmFilter f = TmFilter.defaults();
        TmFilter.Session s = f.session();
        assertThat(s.judge(ONE_ONE, "He came home.", "他回家了。")).isNull();
        assertThat(s.judge(ONE_ONE, "He  came home. ", "他回家了。")).isEqualTo(FilterReason.DUPLICATE);
        assertThat(s.judge(ONE_ONE, "He came home!", "他回家了。")).isNull();
        assertThat(s.judge(ONE_ONE, "他回家了。", "He came home.")).isNull();
        assertThat(f.session().judge(ONE_ONE, "He came home.", "他回家了。")).isNull();
        TmFilter.Session all = TmFilter.builder().deduplicate(false).build().session();
        assertThat(all.judge(ONE_ONE, "He came home.", "他回家了。")).isNull();
        assertThat(all.judge(ONE_ONE, "He came home.", "他回家了。")).isNull();
    }

    @Test
    void onlyUnitsKeptOtherwiseEnterTheDuplicateSet() {
        TmFilter.Session s = TmFilter.builder().minConfidence(0.5).build().session();
        assertThat(s.judge(Bead.of(0, 1, 0, 1, 0.1), "He came home.", "他回家了。")).isEqualTo(FilterReason.LOW_CONFIDENCE);
        assertThat(s.judge(Bead.of(1, 1, 1, 1, 0.7), "He came home.", "他回家了。")).isNull();
        assertThat(s.judge(Bead.of(2, 1, 2, 1, 0.7), "He came home.", "他回家了。")).isEqualTo(FilterReason.DUPLICATE);
    }

    @Test
    void theFirstFailingCheckNamesTheReason() {
        TmFilter.Session s = TmFilter.builder().minConfidence(0.9).build().session();
        Bead weak = Bead.of(0, 1, 0, 1, 0.1);
        assertThat(s.judge(Bead.of(0, 1, 0, 0, 0.1), "42", "")).isEqualTo(FilterReason.UNPAIRED);
        assertThat(s.judge(weak, "42", "42")).isEqualTo(FilterReason.NO_WORDS);
        assertThat(s.judge(weak, "Go now", "Go now")).isEqualTo(FilterReason.IDENTICAL_SIDES);
        assertThat(s.judge(weak, "Yes.", "是的，我今天下午要去北京看望我的老朋友。")).isEqualTo(FilterReason.LENGTH_RATIO);
        assertThat(s.judge(weak, "He came home.", "他回家了。")).isEqualTo(FilterReason.LOW_CONFIDENCE);
    }

    @Test
    void builderRejectsValuesOutOfRange() {
        assertThatThrownBy(() -> TmFilter.builder().minConfidence(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TmFilter.builder().minConfidence(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TmFilter.builder().maxLengthRatio(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TmFilter.builder().maxLengthRatio(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The default length ratio keeps almost every correct unit: at most 0.5 % of MAC-Dev's gold beads dropped. */
    @Test
    void defaultLengthRatioKeepsAlmostAllMacDevGoldBeads() throws IOException {
        Path mac = Path.of(System.getProperty("bitext.shared", "../shared"), "data", "mac-dev");
        Assumptions.assumeTrue(Files.isDirectory(mac.resolve("gold")));
        TmFilter lengthOnly = TmFilter.builder().dropIdentical(false).dropNoWords(false).deduplicate(false).build();
        int paired = 0;
        int dropped = 0;
        for (int k = 1; k <= 6; k++) {
            String name = String.format("%03d", k);
            Document zh = Document.ofLines(Language.CHINESE, Files.readAllLines(mac.resolve("zh/" + name)));
            Document en = Document.ofLines(Language.ENGLISH, Files.readAllLines(mac.resolve("en/" + name)));
            List<Bead> gold = Ladder.read(mac.resolve("gold/" + name + ".align"));
            Alignment a = new Alignment(zh, en, gold);
            TmFilter.Session s = lengthOnly.session();
            for (Bead b : gold) {
                FilterReason r = s.judge(b, a.sourceText(b), a.targetText(b));
                if (r != FilterReason.UNPAIRED) {
                    paired++;
                    dropped += r == FilterReason.LENGTH_RATIO ? 1 : 0;
                }
            }
        }
        assertThat(paired).isGreaterThan(1000);
        assertThat((double) dropped / paired).isLessThan(0.005);
    }

    @Test
    void judgingAloneThenSettlingDuplicatesByKeyIsTheSession() {
        TmFilter f = TmFilter.builder().minConfidence(0.5).build();
        String[][] units = {{"He came home.", "他回家了。"}, {"He  came home. ", "他回家了。"}, {"42", "42"},
            {"He came home.", "他回家了"}, {"Low.", "低。"}, {"He came home.", "他回家了。"}, {"", "空。"}};
        double[] confidence = {0.9, 0.8, 0.9, 0.9, 0.2, 0.9, 0.9};
        TmFilter.Session session = f.session();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int k = 0; k < units.length; k++) {
            Bead bead = units[k][0].isEmpty() ? Bead.of(0, 0, 0, 1, confidence[k]) : Bead.of(0, 1, 0, 1, confidence[k]);
            FilterReason alone = f.judgeAlone(bead, units[k][0], units[k][1]);
            FilterReason settled = alone == null && !seen.add(TmFilter.duplicateKey(units[k][0], units[k][1]))
                    ? FilterReason.DUPLICATE : alone;
            assertThat(settled).as(units[k][0]).isEqualTo(session.judge(bead, units[k][0], units[k][1]));
        }
        assertThat(seen).hasSize(2);
    }
}
