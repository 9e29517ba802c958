package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Bead;
import dev.bitext.Language;
import dev.bitext.io.Ladder;
import dev.bitext.segment.Segmenter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large generated inputs through the command line: bounded sentence length, streamed segmentation and
 * coverage of a very uneven pair. No timings here: the hand-measured figures are in the README.
 */
class HugeInputTest {
    private static final String[] WORDS = {"river", "stone", "light", "morning", "quietly", "over", "the", "a"};

    @TempDir
    Path dir;

    /** {@code chars} or a few more characters of random words separated by single spaces, without punctuation. */
    private static String words(int chars, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(chars + 16);
        while (sb.length() < chars) {
            sb.append(sb.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    @Test
    void longLineWithoutPunctuationIsCutIntoBoundedSentences() throws IOException {
        String line = words(2_000_000, 1);
        Path file = Cli.write(dir, "line.txt", line + "\n");
        Cli.Result r = Cli.run("segment", "--lang", "en", file.toString()).succeeds();
        List<String> sentences = r.out().lines().toList();
        int cap = Segmenter.of(Language.ENGLISH).maxSentenceLength();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(line.length() / cap);
        assertThat(sentences).allSatisfy(s -> assertThat(s.length()).isBetween(1, cap));
        assertThat(String.join(" ", sentences)).isEqualTo(line);
    }

    @Test
    void fileLongerThanABlockSegmentsAsAWhole() throws IOException {
        SplittableRandom random = new SplittableRandom(2);
        StringBuilder text = new StringBuilder();
        while (text.length() < 3 * SegmentCommand.BLOCK_CHARS) {
            text.append(words(random.nextInt(20, 400), random.nextLong())).append(". ")
                    .append(random.nextInt(5) == 0 ? "\n" : "").append(random.nextInt(9) == 0 ? "\r\n\n" : "");
        }
        Path file = Files.writeString(dir.resolve("big.txt"), text, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("segment", file.toString()).succeeds();
        String whole = text.toString().replace("\r\n", "\n");
        String expected = Segmenter.of(Language.ENGLISH).segment(whole).sentences().stream()
                .map(s -> s.text().strip() + "\n").collect(Collectors.joining());
        assertThat(r.out()).isEqualTo(expected);
    }

    @Test
    void failureAfterTheFirstBlocksLeavesTheTargetAsItWas() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] text = (words(3 * SegmentCommand.BLOCK_CHARS, 3).replace("a ", "a.\n") + " ")
                .getBytes(StandardCharsets.UTF_8);
        text[text.length - 1] = (byte) 0xFE;
        Files.write(big, text);
        Path out = Cli.write(dir, "out.txt", "kept");
        Cli.Result r = Cli.run("segment", "-o", out.toString(), big.toString()).failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + big + ": invalid UTF-8 at byte " + (text.length - 1) + "\n");
        assertThat(Files.readString(out)).isEqualTo("kept");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("big.txt", "out.txt");
        }
    }

    @Test
    void oneSentenceAgainstManyIsCoveredExactly() throws IOException {
        int many = 10_000;
        Path one = Cli.write(dir, "one.txt", "The river runs over the stones in the morning light.\n");
        Path lines = Cli.write(dir, "many.txt", Stream.iterate(0, i -> i + 1).limit(many)
                .map(i -> "这是第" + i + "句话。\n").collect(Collectors.joining()));
        Cli.Result r = Cli.run("align", "--presegmented", "--format", "ladder", one.toString(), lines.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEqualTo("bitext: warning: " + one + ": 1 sentence against " + many + " in " + lines
                + ": is it one line? (with --presegmented every line is a sentence)\n");
        List<Bead> beads = Ladder.read(new StringReader(r.out()), "output");
        assertThat(beads.stream().flatMap(b -> b.source().stream())).containsExactly(0);
        assertThat(beads.stream().flatMap(b -> b.target().stream()))
                .containsExactlyElementsOf(Stream.iterate(0, i -> i + 1).limit(many).toList());
    }
}
