package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCalibrationTest {
    private static final Pattern JSON_MEMBER = Pattern.compile("\"([a-z0-9_]+)\":([^,}]+)");
    /** Gold with a 1-2 and a 1-0 bead. */
    private static final String GOLD = "[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[]\n[4]:[4]\n";
    /**
     * Hits at 0.95 and 0.91, and the 1-0 at 0.5; misses at 0.92 and 0.55 (a 0-1 bead not in gold); a manual
     * bead, a hit scored but not calibrated. Bin [0.9, 1.0]: 3 beads, mean 0.9267, accuracy 2/3; bin
     * [0.5, 0.6): 2 beads, mean 0.525, accuracy 1/2. ECE = 3/5 |2/3 - 0.9267| + 2/5 |0.5 - 0.525| = 0.166.
     */
    private static final String JSONL = """
            {"source":[0],"target":[0],"type":"1-1","confidence":0.95,"source_text":"a","target_text":"A"}
            {"source":[1],"target":[1],"type":"1-1","confidence":0.92,"source_text":"b","target_text":"B"}
            {"source":[],"target":[2],"type":"0-1","confidence":0.55,"source_text":"","target_text":"B2"}
            {"source":[2],"target":[3],"type":"1-1","confidence":0.91,"source_text":"c","target_text":"C"}
            {"source":[3],"target":[],"type":"1-0","confidence":0.5,"source_text":"d","target_text":""}
            {"source":[4],"target":[4],"type":"1-1","confidence":null,"manual":true,"source_text":"e","target_text":"E"}
            """;
    /**
     * The same beads as a ladder, the last at 0.97: bin [0.9, 1.0] holds 4 beads, mean 0.9375, accuracy 3/4;
     * ECE = 4/6 |0.75 - 0.9375| + 2/6 |0.5 - 0.525| = 0.1333.
     */
    private static final String LADDER = "[0]:[0]:0.95\n[1]:[1]:0.92\n[]:[2]:0.55\n[2]:[3]:0.91\n[3]:[]:0.5\n"
            + "[4]:[4]:0.97\n";

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        return Cli.write(dir, name, text).toString();
    }

    /** Runs {@code eval --calibration} of {@code test} against {@link #GOLD}; it must fail with one line, returned. */
    private String refusal(String test) throws IOException {
        Cli.Result r = Cli.run("eval", "--calibration", file("gold.align", GOLD), test);
        r.failsWithOneLine(1);
        return r.err();
    }

    private static Map<String, String> members(String out) {
        assertThat(out.lines()).hasSize(1);
        Map<String, String> members = new LinkedHashMap<>();
        Matcher m = JSON_MEMBER.matcher(out.strip());
        while (m.find()) {
            members.put(m.group(1), m.group(2));
        }
        return members;
    }

    @Test
    void jsonKeepsTheKeysOfEvalAndAddsTheCalibration() throws IOException {
        Cli.Result r = Cli.run("eval", "--calibration", "--json", file("gold.align", GOLD), file("test.jsonl", JSONL))
                .succeeds();
        Map<String, String> m = members(r.out());
        assertThat(m.keySet()).containsExactly("p_strict", "r_strict", "f1_strict", "p_lax", "r_lax", "f1_lax",
                "ece", "high_beads", "high_precision");
        // Precision counts the manual bead too: 4 hits of 6 test beads.
        assertThat(m).containsEntry("p_strict", "0.6667").containsEntry("ece", "0.1660")
                .containsEntry("high_beads", "3").containsEntry("high_precision", "0.6667");
    }

    @Test
    void tableFollowsTheUnchangedScoresTable() throws IOException {
        String gold = file("gold.align", GOLD);
        String test = file("test.align", LADDER);
        String plain = Cli.run("eval", gold, test).succeeds().out();
        Cli.Result r = Cli.run("eval", "--calibration", gold, test).succeeds();
        assertThat(r.out()).startsWith(plain + "\n");
        List<String> lines = r.out().substring(plain.length() + 1).lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0).split("\\s+")).containsExactly("confidence", "beads", "mean", "conf.", "accuracy");
        assertThat(lines.get(1).split("\\s+")).containsExactly("[0.0,", "0.1)", "0", "-", "-");
        assertThat(lines.get(6).split("\\s+")).containsExactly("[0.5,", "0.6)", "2", "0.5250", "0.5000");
        assertThat(lines.get(10).split("\\s+")).containsExactly("[0.9,", "1.0]", "4", "0.9375", "0.7500");
        assertThat(lines.get(11)).isEqualTo("ECE (10 bins): 0.1333");
        assertThat(lines.get(12)).isEqualTo("confidence >= 0.9: 4 beads, 0.7500 correct");
    }

    @Test
    void withoutCalibrationEvalIsUnchangedAndIgnoresTheThirdColumn() throws IOException {
        Cli.Result r = Cli.run("eval", "--json", file("gold.align", GOLD), file("test.align", LADDER)).succeeds();
        assertThat(members(r.out()).keySet()).containsExactly("p_strict", "r_strict", "f1_strict", "p_lax",
                "r_lax", "f1_lax");
    }

    @Test
    void directoriesPairGoldLaddersWithJsonlByName() throws IOException {
        file("gold/001.align", GOLD);
        file("test/001.jsonl", JSONL);
        file("gold/002.align", "[0]:[0]\n");
        file("test/002.align", "[0]:[0]:1\n");
        Cli.Result r = Cli.run("eval", "--calibration", "--json", dir.resolve("gold").toString(),
                dir.resolve("test").toString()).succeeds();
        Map<String, String> m = members(r.out());
        // 5 of 7 test beads exact; the high bin: 3 of 4 right.
        assertThat(m).containsEntry("p_strict", "0.7143").containsEntry("high_beads", "4")
                .containsEntry("high_precision", "0.7500");
    }

    @Test
    void malformedJsonlLineIsNamedWithoutStackTrace() throws IOException {
        String test = file("test.jsonl", JSONL.lines().findFirst().orElseThrow() + "\n{\"source\":[1],\"target\":[1");
        assertThat(refusal(test)).startsWith("bitext: " + test + ":2: ").doesNotContain("Exception").doesNotContain("internal");
    }

    @Test
    void badIndexInJsonlIsNamed() throws IOException {
        String test = file("test.jsonl", "{\"source\":[-1],\"target\":[0],\"confidence\":0.5}\n");
        assertThat(refusal(test)).startsWith("bitext: " + test + ":1: ").contains("\"source\"");
    }

    @Test
    void testWithoutConfidencesIsRefused() throws IOException {
        String test = file("test.align", "[0]:[0]\n[1]:[1]\n");
        assertThat(refusal(test)).isEqualTo("bitext: " + test + ": " + ConfidenceFiles.NO_CONFIDENCES + "\n");
    }

    @Test
    void confidenceOutOfRangeIsNamedWithItsLine() throws IOException {
        String ladder = file("test.align", "[0]:[0]:0.9\n[1]:[1]:1.5\n");
        assertThat(refusal(ladder)).startsWith("bitext: " + ladder + ":2: ").contains("1.5").contains("[0, 1]");
        String jsonl = file("test.jsonl", "{\"source\":[0],\"target\":[0],\"confidence\":-0.1}\n");
        assertThat(refusal(jsonl)).startsWith("bitext: " + jsonl + ":1: ").contains("confidence");
    }

    @Test
    void aLadderLineWithoutTheThirdColumnIsNamed() throws IOException {
        String ladder = file("test.align", "[0]:[0]:0.9\n[1]:[1]\n");
        assertThat(refusal(ladder)).startsWith("bitext: " + ladder + ":2: ");
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        Cli.run("eval", "--calibration=maybe", file("gold.align", GOLD), file("test.align", LADDER))
                .failsWithOneLine(2);
    }

    @Test
    void macDevConfidencesAreCalibrated() throws IOException {
        Path dev = Path.of(System.getProperty("bitext.shared", "../shared")).resolve("data/mac-dev");
        assumeTrue(Files.isDirectory(dev.resolve("zh")), "MAC-Dev not present at " + dev);
        Path out = Files.createDirectories(dir.resolve("mac-dev"));
        try (var files = Files.list(dev.resolve("zh"))) {
            for (Path zh : files.sorted().toList()) {
                String name = zh.getFileName().toString();
                Cli.run("align", "--presegmented", "--source-lang", "zh", "--target-lang", "en", "--format", "jsonl",
                        "-o", out.resolve(name + ".jsonl").toString(), zh.toString(),
                        dev.resolve("en").resolve(name).toString()).succeeds();
            }
        }
        Cli.Result r = Cli.run("eval", "--calibration", "--json", dev.resolve("gold").toString(), out.toString())
                .succeeds();
        Map<String, String> m = members(r.out());
        System.out.println("MAC-Dev calibration: " + r.out().strip());
        assertThat(Double.parseDouble(m.get("high_precision"))).isGreaterThanOrEqualTo(0.9);
        assertThat(Double.parseDouble(m.get("ece"))).isLessThanOrEqualTo(0.05);
    }
}
