package dev.bitext.anchor;

import com.ibm.icu.text.Normalizer2;
import dev.bitext.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name anchors {@code name:<toneless pinyin>}.
 *
 * <p>Chinese: for every run of Han characters, every substring of {@value #MIN} to {@value #MAX}
 * characters gives the concatenated pinyin of its characters (陈清扬 gives chenqing, chenqingyang,
 * qingyang), at most {@value #CAP} per sentence; keys are hashed piece by piece, without strings.
 *
 * <p>English: every capitalized word and every sequence of two or three capitalized words
 * separated by spaces only, lower-cased without diacritics, hyphens, apostrophes or a trailing
 * {@code 's} (Chen Qingyang gives chenqingyang and qingyang; Bao-yu gives baoyu), contractions
 * (You're) aside, counts when it
 * splits into {@value #MIN} to {@value #MAX} pinyin syllables; He, Yes or Smith do not.
 *
 * <p>Thread-safe (see {@link PinyinCache}).
 */
final class PinyinAnchors implements AnchorSource {
    static final int MIN = 2;
    static final int MAX = 4;
    static final int CAP = 400;
    private static final int MAX_WORDS = 3;
    private static final String PREFIX = "name:";
    /** English contractions (You're, We'll, I've, He'd, I'm, Don't) are not names. */
    private static final Pattern CONTRACTION = Pattern.compile("'(re|ll|ve|d|m|t)$|n't$");
    private static final long PREFIX_STATE = AnchorHash.feed(AnchorHash.START, PREFIX);

    @Override
    public void collect(String text, Language language, AnchorSink out) {
        if (language == Language.CHINESE) {
            chinese(text, out);
        } else {
            english(text, out);
        }
    }

    private static void chinese(String text, AnchorSink out) {
        int emitted = 0;
        int n = text.length();
        for (int i = 0; i < n && emitted < CAP; i++) {
            long state = PREFIX_STATE;
            StringBuilder readable = out.keepsText() ? new StringBuilder(PREFIX) : null;
            for (int len = 1; len <= MAX && i + len <= n; len++) {
                String syllable = PinyinCache.of(text.charAt(i + len - 1));
                if (syllable.isEmpty()) {
                    break;
                }
                if (readable != null) {
                    readable.append(syllable);
                } else {
                    state = AnchorHash.feed(state, syllable);
                }
                if (len >= MIN) {
                    if (readable != null) {
                        out.add(readable.toString());
                    } else {
                        out.addKey(AnchorHash.finish(state));
                    }
                    emitted++;
                }
            }
        }
    }

    private static void english(String text, AnchorSink out) {
        List<String> group = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!AnchorText.isLetter(c) || AnchorText.isLetter(AnchorText.at(text, i - 1))) {
                if (!AnchorText.isWhitespace(c)) {
                    flush(group, out);
                }
                i++;
                continue;
            }
            int end = AnchorText.tokenEnd(text, i, c2 -> AnchorText.isLetter((char) c2), "-'\u2019");
            if (Character.isUpperCase(c)) {
                group.add(normalize(text, i, end));
            } else if (!group.isEmpty()) {
                flush(group, out);
            }
            i = end;
        }
        flush(group, out);
    }

    /**
     * Lower-case ASCII letters of the word {@code text[start, end)}, or the empty string if it has
     * other letters or is a contraction.
     */
    private static String normalize(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 0x7f && c != '\u2019') {
                return normalize(text.substring(start, end));
            }
        }
        int to = end;
        if (to - start >= 2 && isApostrophe(text.charAt(to - 2)) && lower(text.charAt(to - 1)) == 's') {
            to -= 2;
        }
        if (isContraction(text, start, to)) {
            return "";
        }
        StringBuilder sb = new StringBuilder(to - start);
        for (int i = start; i < to; i++) {
            char c = lower(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the ASCII word {@code text[start, end)} ends in 're, 'll, 've, 'd, 'm or 't (n't). */
    private static boolean isContraction(String text, int start, int end) {
        int len = end - start;
        char last = len >= 2 ? lower(text.charAt(end - 1)) : (char) 0;
        if ((last == 'd' || last == 'm' || last == 't') && isApostrophe(text.charAt(end - 2))) {
            return true;
        }
        if (len < 3 || !isApostrophe(text.charAt(end - 3))) {
            return false;
        }
        char first = lower(text.charAt(end - 2));
        return first == 'r' && last == 'e' || first == 'l' && last == 'l' || first == 'v' && last == 'e';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The general form of {@link #normalize(String, int, int)}, for words with non-ASCII letters. */
    private static String normalize(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (CONTRACTION.matcher(w).find()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            } else if (c > 0x7f) {
                String bare = stripMarks(c);
                if (bare.length() != 1 || bare.charAt(0) < 'a' || bare.charAt(0) > 'z') {
                    return "";
                }
                sb.append(bare);
            }
        }
        return sb.toString();
    }

    private static String stripMarks(char c) {
        String d = Normalizer2.getNFDInstance().normalize(String.valueOf(c));
        return d.isEmpty() ? d : d.substring(0, 1);
    }

    private static void flush(List<String> group, AnchorSink out) {
        StringBuilder name = new StringBuilder();
        for (int start = 0; start < group.size(); start++) {
            name.setLength(0);
            for (int end = start; end < group.size() && end < start + MAX_WORDS; end++) {
                String word = group.get(end);
                if (word.isEmpty()) {
                    break;
                }
                name.append(word);
                if (PinyinSyllables.splits(name, MIN, MAX)) {
                    out.add(PREFIX + name);
                }
            }
        }
        group.clear();
    }
}
