package dev.bitext;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random English/Chinese document pairs for property tests: roughly parallel sentences sharing
 * numbers and Latin tokens, with random insertions, deletions and odd characters on either side.
 */
final class RandomBitext {
    private static final String[] WORDS = {
        "the", "minister", "said", "trade", "between", "two", "countries", "grew", "again", "in", "year",
        "Mr.", "economy", "and", "of", "a", "new", "policy", "talks", "will", "continue", "U.S.", "army",
    };
    private static final String[] LATIN = {"NASA", "COVID-19", "iPhone", "WTO", "DNA", "5G", "Biden", "Xi"};
    private static final String HAN = "中国美国经济贸易部长表示两国之间的增长再次政策会谈将继续新年军队发展合作世界人民";
    private static final String[] ODD = {
        "&", "<", ">", "\"", "'", "\t", "\u0001", "\u0000", "\uFFFE", "\uD800", "😀", "e\u0301", "\u00A0", "…",
        "“", "”", "（", "）", "%", "$", "3.5", "1,200", "二十四",
    };
    private static final String[] EN_END = {".", "!", "?", "...", ""};
    private static final String[] ZH_END = {"。", "！", "？", "……", ""};

    private RandomBitext() {
    }

    /** A random English/Chinese pair: each side has 0 to {@code maxSentences} sentences (0 and 1 often). */
    static DocumentPair pair(SplittableRandom random, int maxSentences) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        int concepts = sentenceCount(random, maxSentences);
        for (int c = 0; c < concepts; c++) {
            String shared = sharedToken(random);
            int roll = random.nextInt(10);
            if (roll != 0) {
                en.add(english(random, shared));
            }
            if (roll != 1) {
                zh.add(chinese(random, shared));
            }
        }
        return new DocumentPair(Document.ofLines(Language.ENGLISH, en), Document.ofLines(Language.CHINESE, zh));
    }

    /** {@code count} random pairs. */
    static List<DocumentPair> pairs(SplittableRandom random, int count, int maxSentences) {
        List<DocumentPair> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(pair(random, maxSentences));
        }
        return out;
    }

    private static int sentenceCount(SplittableRandom random, int max) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> random.nextInt(max + 1);
        };
    }

    private static String sharedToken(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(random.nextInt(3000));
            case 1 -> LATIN[random.nextInt(LATIN.length)];
            default -> "";
        };
    }

    private static String english(SplittableRandom random, String shared) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(random.nextInt(8) == 0 ? 80 : 20);
        int sharedAt = random.nextInt(words);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            sb.append(w == sharedAt && !shared.isEmpty() ? shared : piece(random, WORDS));
        }
        return capitalize(sb.toString()) + EN_END[random.nextInt(EN_END.length)];
    }

    private static String chinese(SplittableRandom random, String shared) {
        StringBuilder sb = new StringBuilder();
        int chars = 1 + random.nextInt(random.nextInt(8) == 0 ? 150 : 40);
        int sharedAt = random.nextInt(chars);
        for (int i = 0; i < chars; i++) {
            if (i == sharedAt) {
                sb.append(shared);
            }
            if (random.nextInt(15) == 0) {
                sb.append(ODD[random.nextInt(ODD.length)]);
            } else {
                sb.append(HAN.charAt(random.nextInt(HAN.length())));
            }
        }
        return sb + ZH_END[random.nextInt(ZH_END.length)];
    }

    private static String piece(SplittableRandom random, String[] words) {
        return random.nextInt(12) == 0 ? ODD[random.nextInt(ODD.length)] : words[random.nextInt(words.length)];
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
