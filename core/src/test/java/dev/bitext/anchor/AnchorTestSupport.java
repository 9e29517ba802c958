package dev.bitext.anchor;

import dev.bitext.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Helpers for the anchor tests: what a Chinese and an English sentence share. */
final class AnchorTestSupport {
    private AnchorTestSupport() {
    }

    static List<String> zh(AnchorExtractor x, String sentence) {
        return x.describe(sentence, Language.CHINESE);
    }

    static List<String> en(AnchorExtractor x, String sentence) {
        return x.describe(sentence, Language.ENGLISH);
    }

    /** The readable anchors both sentences have. */
    static Set<String> shared(AnchorExtractor x, String chinese, String english) {
        Set<String> both = new TreeSet<>(zh(x, chinese));
        both.retainAll(en(x, english));
        return both;
    }

    /** Whether the sorted key arrays of the two sentences intersect. */
    static boolean keysIntersect(AnchorExtractor x, String chinese, String english) {
        long[] a = x.extract(chinese, Language.CHINESE);
        long[] b = x.extract(english, Language.ENGLISH);
        return Arrays.stream(a).anyMatch(k -> Arrays.binarySearch(b, k) >= 0);
    }
}
