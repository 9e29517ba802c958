package dev.bitext;

import java.util.List;
import java.util.Objects;

/**
 * One side of a bitext: its language and its sentences in order.
 *
 * <p>Immutable and thread-safe; the sentence list is an unmodifiable copy.
 *
 * @param language  the language of every sentence
 * @param sentences the sentences, {@code sentences.get(i).index() == i}
 * @param cueTimes  each sentence's time span when the document was read from subtitles, else
 *                  {@link CueTimes#none()}
 */
public record Document(Language language, List<Sentence> sentences, CueTimes cueTimes) {
    /**
     * Copies the list and checks that indices run 0, 1, 2, ... and that the times, if any, give one span
     * per sentence.
     *
     * @param language the language of every sentence
     * @param sentences the sentences, their indices 0, 1, 2, ...; copied
     * @param cueTimes each sentence's time span, or {@link CueTimes#none()}
     */
    public Document {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(cueTimes, "cueTimes");
        sentences = List.copyOf(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index());
            }
        }
        if (!cueTimes.isEmpty() && cueTimes.size() != sentences.size()) {
            throw new IllegalArgumentException(
                    cueTimes.size() + " time spans for " + sentences.size() + " sentences");
        }
    }

    /**
     * A document without time spans.
     *
     * @param language the language of every sentence
     * @param sentences the sentences, their indices 0, 1, 2, ...; copied
     */
    public Document(Language language, List<Sentence> sentences) {
        this(language, sentences, CueTimes.none());
    }

    /**
     * {@return this document with the given time spans, one per sentence}
     *
     * @param times each sentence's time span, or {@link CueTimes#none()}
     */
    public Document withCueTimes(CueTimes times) {
        return new Document(language, sentences, times);
    }

    /**
     * Builds a document from presegmented lines: sentence {@code i} is {@code lines.get(i)}, with offsets
     * into the lines joined by {@code '\n'}. One sentence per line says nothing about paragraphs, so all
     * sentences are in paragraph 0.
     *
     * @param language the language of the lines
     * @param lines one sentence per element
     * @return the document
     */
    public static Document ofLines(Language language, List<String> lines) {
        Sentence[] out = new Sentence[lines.size()];
        int offset = 0;
        for (int i = 0; i < out.length; i++) {
            String line = lines.get(i);
            out[i] = new Sentence(i, line, offset, offset + line.length(), 0);
            offset += line.length() + 1;
        }
        return new Document(language, List.of(out));
    }

    /** {@return the number of sentences} */
    public int size() {
        return sentences.size();
    }

    /**
     * Sentence {@code i}.
     *
     * @param i the sentence index, {@code 0 <= i < size()}
     * @return the sentence with index {@code i}
     */
    public Sentence sentence(int i) {
        return sentences.get(i);
    }
}
