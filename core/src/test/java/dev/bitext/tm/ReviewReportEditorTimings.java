package dev.bitext.tm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Not a timed test: prints how long a large review report takes to open and filter in headless Chromium and
 * how long an edit takes to update the page (performance.now() around it, to the next frame), for the README.
 * Runs only when {@code -Dbitext.editor.timings=REPORT.html} names a report (e.g. the 12-pair build-tm run);
 * it asserts nothing about the times.
 */
class ReviewReportEditorTimings {
    @TempDir
    Path downloads;

    @Test
    void printTimings() {
        String file = System.getProperty("bitext.editor.timings");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(Path.of(file)),
                "no report named by -Dbitext.editor.timings");
        ChromeDriver driver = Browser.start(downloads);
        try {
            JavascriptExecutor js = driver;
            driver.get(Path.of(file).toUri().toString());
            Object load = js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                    + "return [n.domContentLoadedEventEnd, n.loadEventEnd];");
            Object filter = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "var t0 = performance.now(); var min = document.getElementById('min'); min.value = '0.9';"
                    + "min.dispatchEvent(new Event('input'));"
                    + "requestAnimationFrame(function () { requestAnimationFrame(function () {"
                    + " done([performance.now() - t0, document.body.getAttribute('data-shown')]); }); });");
            System.out.println("load (DOMContentLoaded, load) ms: " + load + "; filter #min=0.9 ms, rows shown: "
                    + filter);
            js.executeScript("document.getElementById('min').value = '0';"
                    + "document.getElementById('min').dispatchEvent(new Event('input'));");
            List<Object> edits = new ArrayList<>();
            // the longest document, where renumbering after an edit has the most rows to go through
            List<?> longest = (List<?>) js.executeScript("var best = [0, 0];"
                    + "document.querySelectorAll('section.doc').forEach(function (s, d) {"
                    + " var n = s.querySelectorAll('tr[data-c]').length; if (n > best[1]) { best = [d, n]; } });"
                    + "return best;");
            long d = (Long) longest.get(0);
            long beads = (Long) longest.get(1);
            for (int i = 0; i < 9; i++) {
                long k = beads * (i + 1) / 11;
                // as a person does: the bead is selected and on screen (its block laid out) before the edit
                js.executeAsyncScript("var done = arguments[arguments.length - 1]; bitextEditor.select(" + d + ", " + k
                        + ", true); requestAnimationFrame(function () { setTimeout(done, 50); });");
                edits.add(js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "var t0 = performance.now(); bitextEditor.perform('merge', " + d + ", " + k + ");"
                        + "var sync = (document.body.offsetHeight, performance.now() - t0);"
                        + "requestAnimationFrame(function () { setTimeout(function () {"
                        + " var frame = performance.now() - t0; bitextEditor.undo(); done([sync, frame]); }, 0); });"));
            }
            List<Object> idle = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                idle.add(js.executeAsyncScript("var done = arguments[arguments.length - 1]; var t0 = performance.now();"
                        + "requestAnimationFrame(function () { setTimeout(function () { done(performance.now() - t0);"
                        + " }, 0); });"));
            }
            System.out.println("idle: to next frame ms: " + idle);
            System.out.println("document " + (d + 1) + ": " + beads + " beads; merge (script + layout, to next frame) ms: "
                    + edits);
        } finally {
            driver.quit();
        }
    }
}
