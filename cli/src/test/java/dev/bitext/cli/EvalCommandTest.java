package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final Pattern JSON_FIELD = Pattern.compile("\"([a-z0-9_]+)\":(\\d+\\.\\d{4})");
    private static final List<String> KEYS = List.of("p_strict", "r_strict", "f1_strict", "p_lax", "r_lax", "f1_lax");
    /** Three 1-1 gold beads. */
    private static final String GOLD = "[0]:[0]\n[1]:[1]\n[2]:[2]\n";
    /**
     * One exact bead and one 2-2 bead: strict P 1/2, R 1/3, F1 0.4; the 2-2 bead overlaps gold on both sides,
     * so lax P, R and F1 are 1.
     */
    private static final String TEST = "[0]:[0]\n[1,2]:[1,2]\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Cli.write(dir, name, text);
    }

    /** Parses the one-line JSON output, checking its exact shape. */
    private static Map<String, Double> parseJson(String out) {
        assertThat(out).endsWith("\n");
        assertThat(out.lines()).hasSize(1);
        String line = out.strip();
        assertThat(line).startsWith("{").endsWith("}");
        Map<String, Double> fields = new LinkedHashMap<>();
        Matcher m = JSON_FIELD.matcher(line);
        StringBuilder rebuilt = new StringBuilder("{");
        while (m.find()) {
            fields.put(m.group(1), Double.parseDouble(m.group(2)));
            rebuilt.append(rebuilt.length() > 1 ? "," : "").append(m.group());
        }
        assertThat(rebuilt.append('}')).hasToString(line);
        assertThat(fields.keySet()).containsExactlyElementsOf(KEYS);
        return fields;
    }

    @Test
    void jsonIsOneLineWithFourDecimals() throws IOException {
        Cli.Result r = Cli.run("eval", "--json", file("gold.align", GOLD).toString(),
                file("test.align", TEST).toString()).succeeds();
        Map<String, Double> s = parseJson(r.out());
        assertThat(s).containsEntry("p_strict", 0.5).containsEntry("r_strict", 0.3333)
                .containsEntry("f1_strict", 0.4).containsEntry("p_lax", 1.0).containsEntry("r_lax", 1.0)
                .containsEntry("f1_lax", 1.0);
        assertThat(r.out()).contains("\"r_strict\":0.3333,").contains("\"p_strict\":0.5000,");
    }

    @Test
    void tableShowsStrictAndLaxRowsAndCounts() throws IOException {
        Cli.Result r = Cli.run("eval", file("gold.align", GOLD).toString(), file("test.align", TEST).toString())
                .succeeds();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains("precision").contains("recall").contains("F1");
        assertThat(lines.get(1).split("\\s+")).containsExactly("strict", "0.5000", "0.3333", "0.4000");
        assertThat(lines.get(2).split("\\s+")).containsExactly("lax", "1.0000", "1.0000", "1.0000");
        assertThat(lines.get(3)).contains("test beads: 2").contains("gold beads").contains(": 3");
    }

    @Test
    void directoriesArePairedByNameAndSummed() throws IOException {
        file("gold/a.align", GOLD);
        file("test/a.align", TEST);
        file("gold/b.align", GOLD);
        file("test/b.align", GOLD);
        Cli.Result r = Cli.run("eval", "--json", dir.resolve("gold").toString(), dir.resolve("test").toString())
                .succeeds();
        Map<String, Double> s = parseJson(r.out());
        // a: 1 of 2 test beads exact, 1 of 3 gold; b: 3 of 3 both ways -> P 4/5, R 4/6.
        assertThat(s).containsEntry("p_strict", 0.8).containsEntry("r_strict", 0.6667).containsEntry("p_lax", 1.0);
    }

    @Test
    void directoryWithoutCounterpartIsNamed() throws IOException {
        file("gold/a.align", GOLD);
        file("gold/b.align", GOLD);
        file("test/a.align", TEST);
        Cli.Result r = Cli.run("eval", dir.resolve("gold").toString(), dir.resolve("test").toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).contains(dir.resolve("test").toString()).contains("b.align");
    }

    @Test
    void fileAgainstDirectoryIsRefused() throws IOException {
        Path gold = file("gold.align", GOLD);
        Cli.Result r = Cli.run("eval", gold.toString(), dir.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).contains(dir.toString()).contains("directory");
    }

    @Test
    void missingLadderIsNamed() throws IOException {
        Path missing = dir.resolve("none.align");
        Cli.Result r = Cli.run("eval", file("gold.align", GOLD).toString(), missing.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + missing + ": no such file\n");
    }

    @Test
    void malformedLadderIsNamedWithItsLine() throws IOException {
        Path bad = file("bad.align", "[0]:[0]\n[1]-[1]\n");
        Cli.Result r = Cli.run("eval", file("gold.align", GOLD).toString(), bad.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("bitext: " + bad + ":2");
    }
}
