package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import java.util.List;

/** Hand-built alignments with awkward text for the writer tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final List<String> ENGLISH = List.of(
            "Tom & Jerry <run> \"fast\".",             // 0: markup characters
            "Bell\u0007 and\u0001 feed\u000C.",        // 1: C0 controls XML forbids
            "Non\uFFFEchars\uFFFF gone.",              // 2: U+FFFE, U+FFFF
            "Lone \uD800high.",                        // 3: unpaired surrogate
            "Left\tout\nalone.",                       // 4: tab and newline (allowed in XML)
            "Party \uD83D\uDE00 time.");               // 5: emoji (surrogate pair)

    static final List<String> CHINESE = List.of(
            "汤姆和杰瑞<跑>“快”。",
            "铃声和换页。",
            "第二句。",
            "第三句。",
            "没有对应的句子。",
            "派对\uD83D\uDE00时间。");

    /**
     * Beads: [0]:[0] 1-1, [1,2]:[1] 2-1, [3]:[2,3] 1-2, [4]:[] 1-0, []:[4] 0-1, [5]:[5] 1-1; English source.
     */
    static Alignment englishChinese() {
        return new Alignment(Document.ofLines(Language.ENGLISH, ENGLISH), Document.ofLines(Language.CHINESE, CHINESE),
                List.of(Bead.of(0, 1, 0, 1, 0.8734),
                        Bead.of(1, 2, 1, 1, 0.5),
                        Bead.of(3, 1, 2, 2, 0.0004),
                        Bead.of(4, 1, 4, 0, 1.0),
                        Bead.of(5, 0, 4, 1, 0.25),
                        Bead.of(5, 1, 5, 1, 0.9995)));
    }

    /** A one-bead Chinese to English alignment. */
    static Alignment chineseEnglish(String zh, String en, double confidence) {
        return new Alignment(Document.ofLines(Language.CHINESE, List.of(zh)), Document.ofLines(Language.ENGLISH, List.of(en)),
                List.of(Bead.of(0, 1, 0, 1, confidence)));
    }
}
