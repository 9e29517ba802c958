package dev.bitext.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a subset of CommonMark (with GFM tables) into blocks, without a library: ATX ({@code # Title}) and
 * setext (underlined) headings as {@link BlockKind#HEADING}; bullet and ordered list items as
 * {@link BlockKind#LIST_ITEM}; paragraphs and block quotes as {@link BlockKind#PARAGRAPH}; GFM pipe-table
 * cells as {@link BlockKind#TABLE_CELL}. Fenced ({@code ```}, {@code ~~~}) and indented code blocks, HTML
 * comments and raw HTML blocks are left out. Inline markup is removed: emphasis and code spans keep their
 * text, links their text, autolinks their address; images are dropped. Paths are {@code block[N]} (1-based,
 * in order). Stateless.
 */
public final class MarkdownReader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern ITEM = Pattern.compile("^ {0,3}(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]+(.*))?$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?");
    private static final Pattern HTML_BLOCK = Pattern.compile("^ {0,3}</?[A-Za-z][A-Za-z0-9-]*(?:[\\s/>]|$)");
    private static final Pattern TABLE_RULE = Pattern.compile("^ {0,3}\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]*|[^>\\s@]+@[^>\\s]+)>");
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");

    private MarkdownReader() {
    }

    /**
     * Reads a document.
     *
     * @param text the decoded text, line ends {@code \n}
     * @return its text and blocks
     */
    public static StructuredText read(String text) {
        return new Parse(StructuredText.builder(InputFormat.MARKDOWN)).run(text.split("\n", -1));
    }

    /** One pass over the lines. */
    private static final class Parse {
        private final StructuredText.Builder out;
        private final List<String> paragraph = new ArrayList<>();
        private BlockKind kind = BlockKind.PARAGRAPH;
        private int n;

        Parse(StructuredText.Builder out) {
            this.out = out;
        }

        StructuredText run(String[] lines) {
            String fence = null;
            boolean inComment = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (fence != null) {
                    if (line.strip().startsWith(fence)) {
                        fence = null;
                    }
                    continue;
                }
                if (inComment) {
                    inComment = !line.contains("-->");
                    continue;
                }
                Matcher m;
                if (line.isBlank()) {
                    flush();
                } else if ((m = FENCE.matcher(line)).find()) {
                    flush();
                    fence = m.group(1);
                } else if (line.strip().startsWith("<!--")) {
                    flush();
                    inComment = !line.contains("-->");
                } else if (paragraph.isEmpty() && (line.startsWith("    ") || line.startsWith("\t"))) {
                    continue; // indented code
                } else if (paragraph.isEmpty() && HTML_BLOCK.matcher(line).find()) {
                    while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                        i++;
                    }
                } else if ((m = ATX.matcher(line)).matches()) {
                    flush();
                    emit(BlockKind.HEADING, m.group(2) == null ? "" : m.group(2));
                } else if (!paragraph.isEmpty() && kind == BlockKind.PARAGRAPH
                        && SETEXT.matcher(line).matches()) {
                    kind = BlockKind.HEADING;
                    flush();
                } else if (RULE.matcher(line).matches()) {
                    flush();
                } else if (line.contains("|") && i + 1 < lines.length && paragraph.isEmpty()
                        && TABLE_RULE.matcher(lines[i + 1]).matches() && lines[i + 1].contains("-")) {
                    i = table(lines, i);
                } else if ((m = ITEM.matcher(line)).matches()) {
                    flush();
                    kind = BlockKind.LIST_ITEM;
                    paragraph.add(m.group(1) == null ? "" : m.group(1));
                } else if ((m = QUOTE.matcher(line)).find()) {
                    String rest = line.substring(m.end());
                    if (rest.isBlank()) {
                        flush();
                    } else {
                        paragraph.add(rest);
                    }
                } else {
                    paragraph.add(line);
                }
            }
            flush();
            return out.build();
        }

        /** Reads the table whose header row is line {@code i}; returns the index of its last line. */
        private int table(String[] lines, int i) {
            cells(lines[i]);
            int j = i + 2;
            while (j < lines.length && !lines[j].isBlank() && lines[j].contains("|")) {
                cells(lines[j]);
                j++;
            }
            return j - 1;
        }

        private void cells(String row) {
            String r = row.strip();
            if (r.startsWith("|")) {
                r = r.substring(1);
            }
            if (r.endsWith("|") && !r.endsWith("\\|")) {
                r = r.substring(0, r.length() - 1);
            }
            for (String cell : r.split("(?<!\\\\)\\|", -1)) {
                emit(BlockKind.TABLE_CELL, cell.replace("\\|", "|"));
            }
        }

        private void flush() {
            if (!paragraph.isEmpty()) {
                emit(kind, String.join("\n", paragraph));
                paragraph.clear();
            }
            kind = BlockKind.PARAGRAPH;
        }

        private void emit(BlockKind k, String raw) {
            int before = out.size();
            out.add(k, inline(raw), "block[" + (n + 1) + "]");
            if (out.size() > before) {
                n++;
            }
        }
    }

    /** The text of a block with its inline markup removed; hard line breaks become spaces. */
    static String inline(String raw) {
        String s = raw.replaceAll("(?m)(?: {2,}|\\\\)$", "");
        s = IMAGE.matcher(s).replaceAll("");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
        String before;
        do {
            before = s;
            s = EMPHASIS.matcher(s).replaceAll("$2");
        } while (!s.equals(before));
        s = TAG.matcher(s).replaceAll("");
        s = s.replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1");
        return s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"");
    }
}
