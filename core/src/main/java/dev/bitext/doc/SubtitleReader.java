package dev.bitext.doc;

import dev.bitext.BitextException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads subtitles, SubRip ({@code .srt}) or WebVTT ({@code .vtt}), into {@link StructuredText}: one
 * {@link BlockKind#CUE} block a cue, with its start and end in milliseconds. A cue's lines are one
 * utterance wrapped to the screen's width, so they are joined into one line: with a space, or with nothing
 * where a Chinese or Japanese character meets the break.
 *
 * <p>Dropped: markup ({@code <i>}, {@code <b>}, {@code <u>}, {@code <font>}, WebVTT classes
 * {@code <c.x>}, voice tags {@code <v Speaker>} — their text is kept, the speaker's name is not — ruby
 * annotations {@code <rt>}, in-cue timestamps, SubStation overrides such as {@code {\an8}}), cue settings
 * after the times, the WebVTT header and its {@code NOTE}, {@code STYLE} and {@code REGION} blocks.
 * Character references ({@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &nbsp;},
 * numeric ones) are decoded.
 *
 * <p>Paths: {@code cue[N]}, N the SubRip cue number (or the cue's position when it has none), or the
 * 1-based position of a WebVTT cue.
 *
 * <p>Lenient: blank lines may be missing between cues or doubled, line ends may be CRLF, cue numbers may
 * be missing, a millisecond part may have fewer than three digits or use {@code .} or {@code ,}, hours
 * may be left out. A line holding {@code -->} that is not a time line, or a cue that ends before it
 * starts, is an error naming the file and the line.
 *
 * <p>Stateless and thread-safe.
 */
public final class SubtitleReader {
    private static final String TIME = "((?:\\d+:)?\\d{1,2}:\\d{1,2}(?:[.,]\\d{1,3})?)";
    private static final Pattern TIMING = Pattern.compile("^\\s*" + TIME + "\\s*-->\\s*" + TIME + "(?:\\s.*)?$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern RUBY = Pattern.compile("(?is)<rt\\b[^>]*>.*?</rt\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^<>\\n]*>");
    private static final Pattern OVERRIDE = Pattern.compile("\\{\\\\[^{}]*}");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private SubtitleReader() {
    }

    /**
     * Reads subtitles.
     *
     * @param text   the file's text (decoded)
     * @param format {@link InputFormat#SRT} or {@link InputFormat#WEBVTT}
     * @param name   the file's name, for messages
     * @return one block a cue, in file order
     * @throws BitextException starting with {@code name} and naming the line, for a malformed time line or
     *                         a cue that ends before it starts
     * @throws IllegalArgumentException if {@code format} is neither subtitle format
     */
    public static StructuredText read(String text, InputFormat format, String name) {
        if (format != InputFormat.SRT && format != InputFormat.WEBVTT) {
            throw new IllegalArgumentException("not a subtitle format: " + format);
        }
        boolean vtt = format == InputFormat.WEBVTT;
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        StructuredText.Builder out = StructuredText.builder(format);
        Cue cue = null;
        int position = 0;
        boolean skipping = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean blockStart = i == 0 || lines[i - 1].isBlank();
            if (line.isBlank()) {
                skipping = false;
                if (vtt && cue != null) {
                    cue.open = false;
                }
                continue;
            }
            if (vtt && blockStart && (i == 0 && line.startsWith("WEBVTT") || isMetadata(line))) {
                skipping = true;
            }
            if (skipping && !line.contains("-->")) {
                continue;
            }
            skipping = false;
            if (!line.contains("-->")) {
                boolean idLine = i + 1 < lines.length && lines[i + 1].contains("-->")
                        && (blockStart || NUMBER.matcher(line.strip()).matches());
                if (!idLine && cue != null && cue.open) {
                    cue.lines.add(line);
                }
                continue;
            }
            Matcher m = TIMING.matcher(line);
            if (!m.matches()) {
                throw new BitextException(name + ": line " + (i + 1) + ": malformed time line '" + line.strip()
                        + "' (expected START --> END, times as hh:mm:ss,mmm)");
            }
            long start = millis(m.group(1));
            long end = millis(m.group(2));
            if (end < start) {
                throw new BitextException(name + ": line " + (i + 1) + ": the cue ends before it starts ('"
                        + line.strip() + "')");
            }
            emit(cue, out);
            position++;
            String id = i > 0 && !lines[i - 1].isBlank() && !lines[i - 1].contains("-->") ? lines[i - 1].strip()
                    : null;
            String number = !vtt && id != null && NUMBER.matcher(id).matches() ? id : String.valueOf(position);
            cue = new Cue("cue[" + number + "]", start, end);
        }
        emit(cue, out);
        return out.build();
    }

    private static boolean isMetadata(String line) {
        return line.matches("(NOTE|STYLE|REGION)(\\s.*)?");
    }

    /** A cue being read. */
    private static final class Cue {
        final String path;
        final long start;
        final long end;
        final List<String> lines = new ArrayList<>();
        /** Whether text may still join it (WebVTT: until a blank line; SubRip: until the next cue). */
        boolean open = true;

        Cue(String path, long start, long end) {
            this.path = path;
            this.start = start;
            this.end = end;
        }
    }

    private static void emit(Cue cue, StructuredText.Builder out) {
        if (cue == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String line : cue.lines) {
            String l = clean(line).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (text.length() > 0 && !wide(text.codePointBefore(text.length())) && !wide(l.codePointAt(0))) {
                text.append(' ');
            }
            text.append(l);
        }
        out.add(BlockKind.CUE, text.toString(), cue.path, cue.start, cue.end);
    }

    /** Whether a character is written without spaces around it (Han, kana, CJK punctuation, full width). */
    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** A cue line without its markup, its character references decoded. */
    static String clean(String line) {
        String s = RUBY.matcher(line).replaceAll("");
        s = TAG.matcher(s).replaceAll("");
        s = OVERRIDE.matcher(s).replaceAll("");
        Matcher m = REFERENCE.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(reference(m.group(1), m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String reference(String ref, String whole) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return Character.toString(Integer.parseInt(ref.substring(2), 16));
            }
            if (ref.startsWith("#")) {
                return Character.toString(Integer.parseInt(ref.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "lrm", "rlm" -> "";
            default -> whole;
        };
    }

    /** Milliseconds of {@code [hh:]mm:ss[,mmm]} (a shorter fraction read as a decimal fraction). */
    private static long millis(String time) {
        String[] hms = time.split(":");
        long h = hms.length == 3 ? Long.parseLong(hms[0]) : 0;
        long m = Long.parseLong(hms[hms.length - 2]);
        String sec = hms[hms.length - 1];
        String[] sf = sec.split("[.,]");
        long s = Long.parseLong(sf[0]);
        long ms = 0;
        if (sf.length > 1) {
            String f = (sf[1] + "00").substring(0, 3);
            ms = Long.parseLong(f);
        }
        return ((h * 60 + m) * 60 + s) * 1000 + ms;
    }
}
