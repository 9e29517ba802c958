package dev.bitext.segment;

import java.util.SplittableRandom;

/** Random Unicode text for fuzzing: runs drawn from scripts, symbols and characters that break naive code. */
final class FuzzText {
    private static final String[] BREAKS = {"\n", "\r", "\r\n", "\n\n", "\u2028", "\u0085", "\u000B", "\u000C"};
    private static final String[] PUNCT = {
        ".", "!", "?", "。", "！", "？", "…", "……", ",", "，", ";", "；", "\"", "“", "”", "「", "」", "(", ")",
        "（", "）", "'", "‘", "’", "Mr.", "U.S.", "e.g.", "3.5", "؟", "۔", "׃", "\u200F", "\u200E", "\u202E",
    };

    private FuzzText() {
    }

    /** About {@code runs} random runs joined with spaces; sometimes one very long run without punctuation. */
    static String random(SplittableRandom random, int runs) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < runs; r++) {
            int kind = random.nextInt(20);
            if (kind < 12) {
                appendRun(random, sb, 1 + random.nextInt(12));
            } else if (kind < 15) {
                sb.append(PUNCT[random.nextInt(PUNCT.length)]);
            } else if (kind < 17) {
                sb.append(BREAKS[random.nextInt(BREAKS.length)]);
            } else if (kind < 19) {
                sb.append(' ');
            } else if (random.nextInt(20) == 0) {
                appendRun(random, sb, 1_500 + random.nextInt(3_000));
            }
            if (random.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** {@code length} characters of one random alphabet, without spaces or punctuation. */
    private static void appendRun(SplittableRandom random, StringBuilder sb, int length) {
        int alphabet = random.nextInt(10);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(codePoint(random, alphabet));
        }
    }

    private static int codePoint(SplittableRandom random, int alphabet) {
        return switch (alphabet) {
            case 0, 1 -> 'a' + random.nextInt(26);
            case 2 -> 0x4E00 + random.nextInt(0x9FA5 - 0x4E00);            // CJK ideographs
            case 3 -> random.nextBoolean() ? 0x05D0 + random.nextInt(27)   // Hebrew letters
                    : 0x0621 + random.nextInt(26);                         // Arabic letters
            case 4 -> 0x1F300 + random.nextInt(0x1FAFF - 0x1F300);         // emoji (surrogate pairs)
            case 5 -> random.nextBoolean() ? 'e' : 0x0300 + random.nextInt(0x70); // combining marks
            case 6 -> random.nextInt(0x20);                                // NUL and other C0 controls
            case 7 -> 0xD800 + random.nextInt(0x800);                      // unpaired surrogates
            case 8 -> 0x20000 + random.nextInt(0xA6D6);                    // CJK extension B
            default -> random.nextInt(0x10000);                            // anything in the BMP
        };
    }
}
