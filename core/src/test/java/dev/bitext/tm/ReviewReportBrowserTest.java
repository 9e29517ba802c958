package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Aligner;
import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review report in headless Chromium: the script runs and filters by the address's {@code #min=}, and
 * the page renders (a screenshot is kept as {@code target/review-report.png}). Skipped without Chromium.
 */
class ReviewReportBrowserTest {
    private static final Pattern ROW = Pattern.compile("<tr class=\"([^\"]*)\" data-c=\"([0-9.]+)\"");
    private static final Pattern BODY_SHOWN = Pattern.compile("<body[^>]* data-shown=\"(\\d+)\"");

    @TempDir
    static Path work;
    private static Path chromium;
    private static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        chromium = Chromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium not installed: apt-get install chromium");
        Path seeds = Path.of(System.getProperty("bitext.root", "..")).resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds/ folder at " + seeds);
        report = work.resolve("report.html");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
             ReviewReport html = ReviewReport.open(out, "bitext review: seeds 002 and 000")) {
            for (String id : List.of("002", "000")) {
                Alignment alignment = Aligner.create().align(
                        Document.ofLines(Language.ENGLISH, Files.readAllLines(seeds.resolve(id + ".en.txt"))),
                        Document.ofLines(Language.CHINESE, Files.readAllLines(seeds.resolve(id + ".zh.txt"))));
                html.add("seeds/" + id, alignment, verdicts(alignment));
            }
        }
    }

    /** Unaligned beads left out as UNPAIRED, beads below 0.5 as LOW_CONFIDENCE (the filter's own rules aside). */
    private static List<FilterReason> verdicts(Alignment alignment) {
        List<FilterReason> verdicts = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            boolean unpaired = bead.source().isEmpty() || bead.target().isEmpty();
            verdicts.add(unpaired ? FilterReason.UNPAIRED : bead.confidence() < 0.5 ? FilterReason.LOW_CONFIDENCE : null);
        }
        return verdicts;
    }

    @Test
    void scriptHidesExactlyTheRowsBelowTheMinimumFromTheAddress() throws Exception {
        String dom = Chromium.run(chromium, work, report.toUri() + "#min=0.9", "--dump-dom");
        int[] shownAndRows = checkRows(dom, 0.9, false, false);
        int rows = shownAndRows[1];
        int below = rows - shownAndRows[0];
        assertThat(rows).as("rows in the dumped page").isGreaterThan(40);
        assertThat(below).as("some rows below 0.9 and some above").isBetween(1, rows - 1);
        assertThat(dom).contains("data-min=\"0.9\"").contains((rows - below) + " of " + rows + " rows shown");
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0, 1", "0, 1, 0"})
    void checkboxesFromTheAddressKeepOnlyUnalignedOrLeftOutRows(double min, int out, int unaligned)
            throws Exception {
        String dom = Chromium.run(chromium, work,
                report.toUri() + "#min=" + min + "&out=" + out + "&unaligned=" + unaligned, "--dump-dom");
        int[] shownAndRows = checkRows(dom, min, out == 1, unaligned == 1);
        assertThat(shownAndRows[0]).as("rows shown").isBetween(1, shownAndRows[1] - 1);
    }

    /** An address part that is not valid percent-encoding is ignored; the rest of the address still filters. */
    @ParameterizedTest
    @CsvSource({"min=%E0, 0, false", "min=%E0&out=1, 0, true", "%E0=1&min=0.9&x=%, 0.9, false"})
    void badPercentEncodingInTheAddressIsIgnored(String hash, double min, boolean out) throws Exception {
        String dom = Chromium.run(chromium, work, report.toUri() + "#" + hash, "--dump-dom");
        int[] shownAndRows = checkRows(dom, min, out, false);
        assertThat(dom).contains(shownAndRows[0] + " of " + shownAndRows[1] + " rows shown");
        if (min == 0 && !out) {
            assertThat(shownAndRows[0]).isEqualTo(shownAndRows[1]);
        } else {
            assertThat(shownAndRows[0]).as("rows shown").isBetween(1, shownAndRows[1] - 1);
        }
    }

    /**
     * Checks that each row of the dumped page is hidden exactly when the filter says so and that the script
     * marked the body with the number shown; returns {rows shown, rows}.
     */
    private static int[] checkRows(String dom, double min, boolean onlyOut, boolean onlyUnaligned) {
        Matcher row = ROW.matcher(dom);
        int rows = 0;
        int shown = 0;
        while (row.find()) {
            rows++;
            List<String> classes = List.of(row.group(1).split(" "));
            boolean hide = Double.parseDouble(row.group(2)) < min || onlyOut && !classes.contains("x")
                    || onlyUnaligned && !classes.contains("u");
            shown += hide ? 0 : 1;
            assertThat(classes.contains("hidden")).as("row %d (class %s, confidence %s)", rows, row.group(1),
                    row.group(2)).isEqualTo(hide);
        }
        Matcher body = BODY_SHOWN.matcher(dom);
        assertThat(body.find()).as("the script ran and marked the body").isTrue();
        assertThat(Integer.parseInt(body.group(1))).isEqualTo(shown);
        return new int[] {shown, rows};
    }

    @Test
    void rendersAScreenshot() throws Exception {
        Path png = Path.of("target", "review-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Chromium.run(chromium, work, report.toUri().toString(), "--screenshot=" + png, "--window-size=1280,900");
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).as("PNG size").isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
