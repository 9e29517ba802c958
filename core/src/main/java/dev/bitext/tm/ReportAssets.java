package dev.bitext.tm;

import dev.bitext.BitextException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The static style sheet and script of the review report, read once from the jar
 * ({@code review-report.css}, {@code review-report.js} and {@code review-editor.js} beside this class).
 *
 * <p>Thread-safe: the texts are loaded by the class initialiser and never change.
 */
final class ReportAssets {
    /** The style sheet. */
    static final String CSS = read("review-report.css");
    /** The script (no external references): the filter, then the editor. */
    static final String JS = read("review-report.js") + read("review-editor.js");

    private ReportAssets() {
    }

    private static String read(String name) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new BitextException(name + ": missing from the bitext jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.contains("]]>") || text.contains("</")) {
                // the text goes inside a CDATA section within <style> or <script>: neither may end early
                throw new BitextException(name + ": must not contain ']]>' or '</'");
            }
            return text;
        } catch (IOException e) {
            throw new BitextException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
