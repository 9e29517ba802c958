package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.eval.Evaluator;
import dev.bitext.eval.Scores;
import dev.bitext.io.Ladder;
import dev.bitext.io.TmxSettings;
import dev.bitext.io.TmxValidator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.NodeList;

/**
 * The review report's editor driven in headless Chromium with Selenium, on the memory of the bilingual seed
 * 000 (whose unit 5 wrongly pairs "Translated from by Tyler Ruzicka. Edited by…" with the Chinese title):
 * the correction by keyboard, the exports (TMX validated against the DTD, ladders scored with the evaluator,
 * TSV), undo, persistence across a reload, keyboard reach and CJK fonts. Screenshots go to {@code target/}.
 * Skipped without chromium, chromedriver or the seeds.
 */
class ReviewReportEditorTest {
    private static final String SEED = "000_2e109bbd2453c7cb.txt";
    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    static Path work;
    private static Path report;
    private static String runTmx;
    private static Alignment alignment;
    private static ChromeDriver driver;
    private static Path downloads;

    @BeforeAll
    static void writeReportAndStartBrowser() throws IOException {
        Path seed = Path.of(System.getProperty("bitext.root", "..")).resolve("seeds").resolve(SEED);
        Assumptions.assumeTrue(Files.isRegularFile(seed), "no seed at " + seed);
        TmxSettings settings = new TmxSettings(null, null, CREATED);
        TranslationMemoryBuilder tm = TranslationMemoryBuilder.builder().tmx(settings).threads(1)
                .listener(new TranslationMemoryBuilder.Listener() {
                    @Override
                    public void aligned(String name, Alignment aligned) {
                        alignment = aligned;
                    }
                }).build();
        report = work.resolve("review.html");
        StringWriter tmx = new StringWriter();
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
             ReviewReport html = ReviewReport.open(out, "bitext review: memory.tmx", settings)) {
            tm.build(List.of(TmSource.of("seeds/" + SEED, TmSource.bilingualFile(seed).load())), tmx, html);
        }
        runTmx = tmx.toString();
        downloads = Files.createDirectories(work.resolve("downloads"));
        driver = Browser.start(downloads);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openWithoutEdits() throws IOException {
        driver.get(report.toUri().toString());
        js("localStorage.clear();");
        driver.navigate().refresh();
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void unchangedExportIsTheRunsOwnTmx() throws Exception {
        String exported = (String) js("return bitextEditor.tmxText();");
        assertThat(exported).isEqualTo(runTmx);
        TmxValidator.parse(exported);
    }

    @Test
    void thePageLoadsNothingAndExportsWithoutTheNetwork() throws Exception {
        driver.findElement(By.id("act-export-tsv")).click();
        Browser.download(downloads, "memory.corrected.tsv");
        assertThat((List<?>) js("return performance.getEntriesByType('resource').map(function (e) {"
                + " return e.name; });")).as("resources fetched by the page").isEmpty();
    }

    @Test
    void theSeedsWrongUnitIsFixedByMovingTheChineseTitleUpAndTheTmxExportHoldsTheCorrectedPair() throws Exception {
        WebElement wrong = row(4);
        assertThat(wrong.getText()).contains("Translated from by Tyler Ruzicka").contains("社评");
        wrong.click();
        for (int i = 0; i < 4; i++) { // the title goes up bead by bead to the English title, bead 1
            chord(Keys.ARROW_UP, Keys.SHIFT, Keys.ALT);
        }
        assertThat(row(0).getText()).contains("The US Wants To Turn Japan").contains("社评").contains("manual");
        assertThat(row(4).getText()).contains("Tyler Ruzicka").contains("no counterpart");
        row(6).click();
        keys("c"); // a bead looked at and left as it is
        assertThat(row(1).getText()).as("a bead the title passed through is the run's again").doesNotContain("manual");
        js("window.scrollTo(0, 0);");
        screenshot("review-editor.png");

        driver.findElement(By.id("act-export-tmx")).click();
        String tmx = Files.readString(Browser.download(downloads, "memory.corrected.tmx"), StandardCharsets.UTF_8);
        org.w3c.dom.Document dom = TmxValidator.parse(tmx);
        NodeList units = dom.getElementsByTagName("tu");
        for (int i = 0; i < units.getLength(); i++) {
            assertThat(units.item(i).getTextContent()).doesNotContain("Ruzicka");
        }
        assertThat(tmx).contains("<prop type=\"x-manual\">edited</prop>\n      <tuv xml:lang=\"en-US\">\n"
                + "        <seg>The US Wants To Turn Japan and Korea into Bargaining Chips</seg>\n      </tuv>\n"
                + "      <tuv xml:lang=\"zh-CN\">\n        <seg>社评:美国很想把日韩进一步筹码化</seg>");
        assertThat(tmx).contains("<prop type=\"x-manual\">checked</prop>");
        assertThat(units.getLength()).as("units: the title pair added, the wrong one gone").isEqualTo(
                runTmx.split("<tu>", -1).length - 1);
    }

    @Test
    void mergeThenSplitThenUndoGivesBackTheOriginal() {
        List<?> original = beads();
        String ladder = (String) js("return bitextEditor.ladder(0);");
        row(7).click();
        String mergedBead = row(7).getText() + "\n" + row(8).getText();
        keys("m");
        assertThat(row(7).getText()).contains("manual");
        assertThat(beads()).hasSize(original.size() - 1);
        keys("s");
        List<?> first = (List<?>) original.get(7);
        new Select(driver.findElement(By.cssSelector("#split-dialog select.split-s")))
                .selectByValue(String.valueOf(((List<?>) first.get(0)).size()));
        new Select(driver.findElement(By.cssSelector("#split-dialog select.split-t")))
                .selectByValue(String.valueOf(((List<?>) first.get(1)).size()));
        driver.findElement(By.xpath("//div[@id='split-dialog']/button[text()='Split']")).click();
        assertThat(js("return bitextEditor.ladder(0);")).as("split back: the same ladder").isEqualTo(ladder);
        assertThat(beads()).as("split back: the run's own beads, not edited").isEqualTo(original);
        chord("z", Keys.CONTROL);
        assertThat(row(7).getText()).contains("manual");
        chord("z", Keys.CONTROL);
        assertThat(beads()).isEqualTo(original);
        assertThat(row(7).getText() + "\n" + row(8).getText()).isEqualTo(mergedBead);
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-edits")).isEqualTo("0");
        chord("y", Keys.CONTROL);
        assertThat(beads()).hasSize(original.size() - 1);
        chord("z", Keys.CONTROL);
        assertThat(beads()).isEqualTo(original);
    }

    @Test
    void exportedLaddersScoreAsTheOriginalUntilEdited() throws Exception {
        String name = "seeds_" + SEED + ".ladder";
        driver.findElement(By.id("act-export-ladders")).click();
        List<Bead> exported = Ladder.read(Browser.download(downloads, name));
        Scores same = Evaluator.score(alignment.beads(), exported);
        assertThat(same.f1Strict()).isEqualTo(1.0);
        assertThat(same.testBeads()).isEqualTo(alignment.beads().size());
        Files.delete(downloads.resolve(name));

        row(4).click();
        keys("u");
        driver.findElement(By.id("act-export-ladders")).click();
        Scores edited = Evaluator.score(alignment.beads(), Ladder.read(Browser.download(downloads, name)));
        assertThat(edited.testBeads()).isEqualTo(alignment.beads().size() + 1);
        assertThat(edited.f1Strict()).isLessThan(1.0);
    }

    @Test
    void tsvExportHasTheUnitsWithTheirDocumentAndManualColumns() throws Exception {
        row(4).click();
        keys("u");
        driver.findElement(By.id("act-export-tsv")).click();
        List<String> lines = Files.readAllLines(Browser.download(downloads, "memory.corrected.tsv"));
        assertThat(lines.get(0)).isEqualTo("source\ttarget\tconfidence\tbead\tdocument\tmanual");
        assertThat(lines).hasSize(runTmx.split("<tu>", -1).length - 1); // one unit fewer, plus the header
        assertThat(String.join("\n", lines)).doesNotContain("Ruzicka");
    }

    @Test
    void editsSurviveAReloadUntilDiscarded() {
        row(4).click();
        keys("u");
        row(1).click();
        keys("c");
        List<?> edited = beads();
        driver.navigate().refresh();
        assertThat(beads()).isEqualTo(edited);
        assertThat(row(1).getText()).contains("checked");
        assertThat(driver.findElement(By.id("edit-message")).getText()).contains("2 edit(s) restored");
        driver.findElement(By.id("act-discard")).click();
        driver.switchTo().alert().accept();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "0".equals(
                d.findElement(By.tagName("body")).getAttribute("data-edits")));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-edits")).isEqualTo("0");
        assertThat(beads()).hasSize(alignment.beads().size());
    }

    @Test
    void nextToReviewSkipsConfidentAndCheckedBeads() {
        keys("n");
        String first = driver.findElement(By.tagName("body")).getAttribute("data-selected");
        int k = Integer.parseInt(first.substring(first.indexOf(':') + 1)) - 1;
        assertThat(alignment.beads().get(k).confidence()).isLessThan(0.9);
        for (int j = 0; j < k; j++) {
            assertThat(alignment.beads().get(j).confidence()).isGreaterThanOrEqualTo(0.9);
        }
        keys(Keys.ENTER); // checked, and on to the next
        assertThat(row(k).getText()).contains("checked");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-selected")).isNotEqualTo(first);
    }

    @Test
    void everyControlIsReachableByTabAndTheShortcutsAreListed() throws IOException {
        List<String> ids = driver.findElements(By.cssSelector(".editor button")).stream()
                .map(b -> b.getAttribute("id")).collect(Collectors.toList());
        List<String> reached = new ArrayList<>();
        js("document.activeElement.blur();");
        for (int i = 0; i < ids.size() + 8; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            reached.add((String) js("return document.activeElement.id || document.activeElement.tagName;"));
        }
        assertThat(reached).containsAll(ids).contains("min", "only-out", "only-unaligned", "SUMMARY");
        js("document.activeElement.blur();");
        keys("?");
        assertThat(driver.findElement(By.id("shortcuts")).getAttribute("open")).isNotNull();
        assertThat(driver.findElement(By.cssSelector("#shortcuts table.keys")).getText())
                .contains("Ctrl+Z").contains("Merge").contains("Split").contains("Unlink").contains("Next to review");
        row(4).click();
        screenshot("review-editor-shortcuts.png");
    }

    @Test
    void chineseTextRendersWithACjkFont() {
        String family = (String) js("return getComputedStyle(document.querySelector('td[lang=zh]')).fontFamily;");
        assertThat(family).startsWith("\"Noto Sans CJK SC\"");
        // the fonts Chromium really drew the cell's glyphs with (no tofu: a CJK font, every glyph from it)
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> root = driver.executeCdpCommand("DOM.getDocument", Map.of());
        Object rootId = ((Map<?, ?>) root.get("root")).get("nodeId");
        Object cellId = driver.executeCdpCommand("DOM.querySelector",
                Map.of("nodeId", rootId, "selector", "td[lang=zh]")).get("nodeId");
        List<?> fonts = (List<?>) driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", cellId))
                .get("fonts");
        assertThat(fonts).as("platform fonts of a Chinese cell").isNotEmpty();
        assertThat(String.valueOf(((Map<?, ?>) fonts.get(0)).get("familyName"))).contains("CJK");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Row k of the first document, scrolled to the middle of the window (clear of the sticky controls). */
    private static WebElement row(int k) {
        WebElement row = driver.findElements(By.cssSelector("section.doc tr[data-c]")).get(k);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        return row;
    }

    private static List<?> beads() {
        return (List<?>) js("return bitextEditor.beads(0);");
    }

    private static void keys(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** {@code key} pressed while the modifiers are held down. */
    private static void chord(CharSequence key, Keys... modifiers) {
        Actions actions = new Actions(driver);
        for (Keys m : modifiers) {
            actions = actions.keyDown(m);
        }
        actions = actions.sendKeys(key);
        for (Keys m : modifiers) {
            actions = actions.keyUp(m);
        }
        actions.perform();
    }

    private static void screenshot(String name) throws IOException {
        Path png = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    }
}
