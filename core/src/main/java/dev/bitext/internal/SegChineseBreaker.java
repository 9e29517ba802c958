package dev.bitext.internal;

/**
 * Chinese sentence breaker (simplified and traditional), a single linear scan.
 *
 * <p>A sentence ends after a run of terminators (。！？!? … and their small/half-width forms) together
 * with the closing quotes and brackets that follow it (” 」 』 ） 》 ’ ...); an opening quote or bracket
 * after the terminator starts the next sentence. No break when the run is followed by a comma-like
 * pause (，、；：), nor at an ASCII ! or ? glued to a Latin letter or digit (URLs, "Yahoo!"). ；and ，
 * never split, nor do Latin words, numbers and decimals inside Chinese (COVID-19, 2+2, 3.5%).
 *
 * <p>ICU's rules do the same for 。！？ but break after Latin periods ("U.S.与") and glue an opening quote
 * to the previous sentence, so a dedicated scan is both simpler and faster here.
 *
 * <p>Stateless and thread-safe.
 */
public final class SegChineseBreaker implements SegBreaker {
    @Override
    public void split(String text, int start, int end, SegRangeSink out) {
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            if (!isTerminator(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < end && (isTerminator(text.charAt(i)) || SegChars.isCloser(text.charAt(i)))) {
                i++;
            }
            int next = SegChars.skipSpace(text, i, end);
            if (next < end && !breaksBefore(text, runStart, i, next)) {
                continue;
            }
            out.accept(sentenceStart, i);
            sentenceStart = next;
            i = next;
        }
        if (sentenceStart < end) {
            out.accept(sentenceStart, end);
        }
    }

    /** Whether a terminator run {@code [runStart, runEnd)} followed by {@code text[next]} ends a sentence. */
    private static boolean breaksBefore(String text, int runStart, int runEnd, int next) {
        char following = text.charAt(next);
        if (SegChars.isPause(following)) {
            return false;
        }
        boolean asciiOnly = true;
        for (int k = runStart; k < runEnd && asciiOnly; k++) {
            char c = text.charAt(k);
            asciiOnly = c == '!' || c == '?';
        }
        return !(asciiOnly && next == runEnd && isAsciiAlnum(following));
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '=';
    }

    /** Whether {@code c} ends a Chinese sentence. */
    static boolean isTerminator(char c) {
        return switch (c) {
            case '。', '！', '？', '!', '?', '…', '｡', '﹒', '﹖', '﹗', '‼', '⁇', '⁈', '⁉' -> true;
            default -> false;
        };
    }
}
