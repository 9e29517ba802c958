package dev.bitext.internal;

import dev.bitext.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns sentence ranges into {@link Sentence}s: trims white space, drops empty ranges, numbers the
 * sentences 0, 1, 2, ... and cuts a sentence longer than a cap at its last white space or comma-like
 * pause before the cap (or hard, never inside a surrogate pair), so that text without punctuation still
 * yields bounded sentences in linear time.
 *
 * <p>Not thread-safe: one collector per call.
 */
public final class SegCollector implements SegRangeSink {
    private final String text;
    private final int cap;
    private final List<Sentence> sentences = new ArrayList<>();
    private int paragraph;

    /** A collector for sentences of {@code text} no longer than {@code cap} characters ({@code cap >= 2}). */
    public SegCollector(String text, int cap) {
        if (cap < 2) {
            throw new IllegalArgumentException("cap must be at least 2: " + cap);
        }
        this.text = text;
        this.cap = cap;
    }

    /** Sets the paragraph number given to the sentences accepted from now on. */
    public void paragraph(int index) {
        this.paragraph = index;
    }

    @Override
    public void accept(int start, int end) {
        int s = SegChars.skipSpace(text, start, end);
        int e = SegChars.trimEnd(text, s, end);
        while (e - s > cap) {
            int cut = cutBefore(s + cap, s + cap / 2);
            add(s, SegChars.trimEnd(text, s, cut));
            s = SegChars.skipSpace(text, cut, e);
        }
        if (s < e) {
            add(s, e);
        }
    }

    /** The sentences collected so far, in order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** Where to cut before {@code limit}: after the last space or pause in {@code (floor, limit]}, else at the limit. */
    private int cutBefore(int limit, int floor) {
        for (int k = limit; k > floor; k--) {
            if (SegChars.isSpace(text.charAt(k)) || SegChars.isPause(text.charAt(k - 1))) {
                return k;
            }
        }
        boolean splitsPair = Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit));
        return splitsPair ? limit - 1 : limit;
    }

    private void add(int s, int e) {
        if (s < e) {
            sentences.add(new Sentence(sentences.size(), text.substring(s, e), s, e, paragraph));
        }
    }
}
