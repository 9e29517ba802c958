package dev.bitext.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Benchmark input: the Bible scale series from {@code ${bitext.shared}/data/bible} (default {@code ../shared})
 * when present, otherwise seeded synthetic English and Chinese sentences. Stateless and thread-safe.
 */
public final class Corpora {
    private static final String[] WORDS = ("the a of and to in that was he she they it with for on as his her "
            + "said came went people city king house land water day night word time great small old new "
            + "brought gave took made spoke heard saw returned before after over under against between").split(" ");

    /** English sentences added by each step of the scale series (file 001 has 5,000, 006 has 30,000). */
    public static final int SCALE_STEP = 5_000;
    private static final long SEED = 20_240_601L;

    private Corpora() {
    }

    /** The folder of shared material, from the system property {@code bitext.shared}. */
    public static Path shared() {
        return Path.of(System.getProperty("bitext.shared", "../shared"));
    }

    /**
     * The seed articles: {@code <bitext.root>/seeds} (the project's copies; {@code bitext.root} defaults to the
     * working directory) when present, otherwise {@code <bitext.shared>/seeds}.
     */
    public static Path seeds() {
        Path own = Path.of(System.getProperty("bitext.root", ".")).resolve("seeds");
        return Files.isDirectory(own) ? own : shared().resolve("seeds");
    }

    /** The lines of {@code bible/<lang>/<id>} (one sentence per line), if the shared data is present. */
    public static Optional<List<String>> bible(String lang, String id) {
        Path file = shared().resolve("data").resolve("bible").resolve(lang).resolve(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * File {@code id} ({@code 001} to {@code 006}) of the Bible scale series, English and Chinese, or when the
     * shared data is absent a seeded synthetic pair with as many English sentences ({@code 5,000 × id}).
     *
     * @throws IllegalArgumentException if {@code id} is not a positive number
     */
    public static ScalePair scalePair(String id) {
        Optional<List<String>> en = bible("en", id);
        Optional<List<String>> zh = bible("zh", id);
        if (en.isPresent() && zh.isPresent()) {
            return new ScalePair(id, en.get(), zh.get(), false);
        }
        int n = Integer.parseInt(id);
        if (n < 1) {
            throw new IllegalArgumentException("scale file ids start at 001: " + id);
        }
        List<String> english = syntheticEnglish(SCALE_STEP * n, SEED + n);
        return new ScalePair(id, english, syntheticChinese(english, SEED + n + 1), true);
    }

    /** {@code count} English sentences of 5 to 30 words, the same for the same seed. */
    public static List<String> syntheticEnglish(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(5, 31);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            sentences.add(sb.append(random.nextInt(10) == 0 ? '?' : '.').toString());
        }
        return sentences;
    }

    /**
     * Chinese sentences translating {@code english} by length: about 1.5 Han characters per English word, one
     * sentence each, except that every tenth sentence or so is split in two (a 1-2 bead).
     */
    public static List<String> syntheticChinese(List<String> english, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> sentences = new ArrayList<>();
        for (String sentence : english) {
            int length = Math.max(2, (int) Math.round(sentence.split(" ").length * 1.5));
            if (random.nextInt(10) == 0 && length >= 6) {
                sentences.add(han(length / 2, random));
                sentences.add(han(length - length / 2, random));
            } else {
                sentences.add(han(length, random));
            }
        }
        return sentences;
    }

    private static String han(int length, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(length + 1);
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % 7 == 0) {
                sb.append('，');
            }
            sb.appendCodePoint(random.nextInt(0x4E00, 0x9FA6));
        }
        return sb.append('。').toString();
    }

    /** Joins sentences into paragraphs of {@code perParagraph} sentences, one paragraph per line. */
    public static String paragraphs(List<String> sentences, int perParagraph, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            sb.append(sentences.get(i).strip()).append((i + 1) % perParagraph == 0 ? "\n" : separator);
        }
        return sb.toString();
    }
}
