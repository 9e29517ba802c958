package dev.bitext.doc;

import java.util.Locale;
import java.util.Optional;

/**
 * The document formats bitext reads. Immutable and thread-safe (an enum).
 */
public enum InputFormat {
    /** Plain text: every non-blank line a paragraph. */
    TEXT("text", "txt", "text"),
    /** HTML: block elements as paragraphs, page furniture (navigation, scripts, footers) left out. */
    HTML("html", "html", "htm", "xhtml"),
    /** CommonMark Markdown: headings and list items as paragraphs, code blocks left out. */
    MARKDOWN("markdown", "md", "markdown"),
    /** Word (OOXML): paragraphs, headings, lists, tables, footnotes; tracked changes taken as accepted. */
    DOCX("docx", "docx"),
    /** XLIFF 1.2 or 2.x: source and target of each unit. */
    XLIFF("xliff", "xlf", "xliff", "sdlxliff", "mqxliff"),
    /** SubRip subtitles: one cue a paragraph, with its time span. */
    SRT("srt", "srt"),
    /** WebVTT subtitles: one cue a paragraph, with its time span. */
    WEBVTT("vtt", "vtt", "webvtt");

    private final String label;
    private final String[] extensions;

    InputFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    /** {@return the name used by {@code --input-format}, e.g. {@code html}} */
    public String label() {
        return label;
    }

    /**
     * The format of a {@code --input-format} name.
     *
     * @param name a label ({@code text}, {@code html}, {@code markdown}, {@code docx}, {@code xliff},
     *             {@code srt}, {@code vtt}), any case
     * @return the format
     * @throws IllegalArgumentException naming the formats known, if none has that name
     */
    public static InputFormat fromName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.label.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + name
                + "': expected text, html, markdown, docx, xliff, srt or vtt");
    }

    /**
     * The format a file name's extension names.
     *
     * @param fileName a file name (or path)
     * @return the format, or empty for an extension bitext does not know (read as text, after a check)
     */
    public static Optional<InputFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot < fileName.lastIndexOf('/')) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
