package dev.bitext.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.StringCharacterIterator;

/**
 * English sentence breaker: ICU's sentence rules (UAX #29), then a pass that drops the breaks
 * {@link SegEnglishRules} rejects (abbreviations, initials, a lowercase continuation) and moves an
 * opening quote or bracket left at the end of a sentence to the next one.
 *
 * <p>Thread-safe: the ICU iterator, which is stateful, is kept per thread as a clone of a prototype and
 * detached from the text after each line.
 */
public final class SegEnglishBreaker implements SegBreaker {
    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

    private final ThreadLocal<BreakIterator> iterators =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    @Override
    public void split(String text, int start, int end, SegRangeSink out) {
        BreakIterator it = iterators.get();
        it.setText(new StringCharacterIterator(text, start, end, start));
        try {
            int sentenceStart = start;
            for (int b = it.next(); b != BreakIterator.DONE && b < end; b = it.next()) {
                int last = SegChars.trimEnd(text, sentenceStart, b);
                if (SegEnglishRules.joins(text, sentenceStart, last, b, end)) {
                    continue;
                }
                int cut = last;
                while (cut > sentenceStart && SegChars.isOpener(text.charAt(cut - 1))) {
                    cut--;
                }
                if (cut > sentenceStart) {
                    out.accept(sentenceStart, cut);
                    sentenceStart = cut;
                }
            }
            out.accept(sentenceStart, end);
        } finally {
            it.setText("");
        }
    }
}
