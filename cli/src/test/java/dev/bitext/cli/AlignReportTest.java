package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code align --report FILE}: the review report (the editor) of one alignment, written like {@code -o}. */
class AlignReportTest {
    private static final Path BILINGUAL = Path.of("..", "seeds", "000_2e109bbd2453c7cb.txt");

    @TempDir
    Path dir;

    @Test
    void writesTheReportBesideTheOutputWithTheEditorsData() throws IOException {
        Path tmx = dir.resolve("000.tmx");
        Path report = dir.resolve("000.html");
        Cli.run("align", BILINGUAL.toString(), "-o", tmx.toString(), "--report", report.toString()).succeeds();
        assertThat(tmx).exists();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<title>bitext review: 000.tmx</title>")
                .contains("<script type=\"application/json\" class=\"bitext-data\">{\"name\":\"000_2e109bbd2453c7cb.txt\"")
                .contains("<script type=\"application/json\" id=\"bitext-meta\">{\"hash\":\"")
                .contains("Tyler Ruzicka")
                .doesNotContain(" data-out=\""); // align leaves nothing out: every two-sided bead is a unit
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("000.tmx", "000.html");
        }
    }

    @Test
    void reportToStandardOutputRunNamesTheSourceInItsTitle() throws IOException {
        Path report = dir.resolve("r.html");
        Cli.Result r = Cli.run("align", "--format", "ladder", BILINGUAL.toString(), "--report", report.toString())
                .succeeds();
        assertThat(r.out()).contains("]:[");
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .contains("<title>bitext review: 000_2e109bbd2453c7cb.txt</title>");
    }

    @Test
    void reportNamingTheInputIsRefusedAndTheInputKept() throws IOException {
        Path input = Files.copy(BILINGUAL, dir.resolve("in.txt"));
        byte[] before = Files.readAllBytes(input);
        Cli.Result r = Cli.run("align", input.toString(), "--report", input.toString());
        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("bitext: " + input + ": output would overwrite an input\n");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void reportAndOutputTheSameFileIsAUsageError() {
        Path same = dir.resolve("x.html");
        Cli.Result r = Cli.run("align", BILINGUAL.toString(), "-o", same.toString(), "--report", same.toString());
        r.failsWithOneLine(2);
        assertThat(r.err()).contains("--report and -o name the same file");
        assertThat(same).doesNotExist();
    }
}
