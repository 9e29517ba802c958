package dev.bitext.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Running text of a given size for segmentation benchmarks, built by repeating seed article text
 * ({@link Corpora#seeds()}): the English-only articles 001, 003 and 004 for English, the Chinese paragraphs of
 * the bilingual articles 000 and 002 for Chinese. Without seeds, seeded synthetic paragraphs are repeated.
 * Stateless and thread-safe.
 */
public final class SeedText {
    private static final List<String> ENGLISH_SEEDS = List.of("001", "003", "004");
    private static final List<String> CHINESE_SEEDS = List.of("000", "002");
    private static final int SYNTHETIC_SENTENCES = 500;
    private static final long SEED = 7L;

    private SeedText() {
    }

    /** English text of at least {@code minBytes} UTF-8 bytes. */
    public static String english(int minBytes) {
        List<String> pieces = read(ENGLISH_SEEDS).orElseGet(
                () -> List.of(Corpora.paragraphs(Corpora.syntheticEnglish(SYNTHETIC_SENTENCES, SEED), 5, " ")));
        return repeat(pieces, minBytes);
    }

    /** Chinese text of at least {@code minBytes} UTF-8 bytes, one paragraph per line. */
    public static String chinese(int minBytes) {
        List<String> pieces = read(CHINESE_SEEDS).map(SeedText::chineseParagraphs).orElseGet(() -> List.of(
                Corpora.paragraphs(Corpora.syntheticChinese(Corpora.syntheticEnglish(SYNTHETIC_SENTENCES, SEED),
                        SEED + 1), 5, "")));
        return repeat(pieces, minBytes);
    }

    /** The UTF-8 size of {@code text} in bytes. */
    public static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The lines of {@code texts} that are Chinese by the seed gold's rule: they hold Han characters and at
     * least a third as many Han characters as Latin letters. Lines are stripped.
     */
    static List<String> chineseParagraphs(List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                if (isChinese(line)) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    static boolean isChinese(String line) {
        long han = line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = line.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return han > 0 && han * 3 >= latin;
    }

    /** {@code pieces} joined by newlines, repeated whole until the text has at least {@code minBytes} bytes. */
    static String repeat(List<String> pieces, int minBytes) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("no text to repeat");
        }
        String unit = String.join("\n", pieces) + "\n";
        int unitBytes = utf8Bytes(unit);
        return unit.repeat(Math.max(1, (minBytes + unitBytes - 1) / unitBytes));
    }

    private static Optional<List<String>> read(List<String> ids) {
        List<String> texts = new ArrayList<>();
        for (String id : ids) {
            Optional<Path> file = find(id);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            try {
                texts.add(Files.readString(file.get(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(texts);
    }

    private static Optional<Path> find(String id) {
        Path dir = Corpora.seeds();
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(id + "_[0-9a-f]+\\.txt")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
