package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Sentence;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One JSON object per bead and line, keys in a fixed order:
 * {@code {"source":[0,1],"target":[0],"type":"2-1","confidence":0.873,"source_text":"…","target_text":"…"}},
 * followed by {@code "source_paths"} and {@code "target_paths"} when made with path functions.
 *
 * <p>Immutable and thread-safe.
 */
final class JsonLinesWriter implements AlignmentWriter {
    private final Function<Sentence, String> sourcePaths;
    private final Function<Sentence, String> targetPaths;
    private final Predicate<Bead> manual;

    /** Without paths. */
    JsonLinesWriter() {
        this(null, null);
    }

    /** With the paths of each side that has a function (see {@link AlignmentWriter#jsonl(Function, Function)}). */
    JsonLinesWriter(Function<Sentence, String> sourcePaths, Function<Sentence, String> targetPaths) {
        this(sourcePaths, targetPaths, bead -> false);
    }

    /**
     * With paths as {@link #JsonLinesWriter(Function, Function)}; a bead {@code manual} accepts has
     * {@code "confidence":null,"manual":true}.
     */
    JsonLinesWriter(Function<Sentence, String> sourcePaths, Function<Sentence, String> targetPaths,
                    Predicate<Bead> manual) {
        this.sourcePaths = sourcePaths;
        this.targetPaths = targetPaths;
        this.manual = Objects.requireNonNull(manual, "manual");
    }

    @Override
    public void write(Alignment alignment, Writer out) throws IOException {
        for (Bead bead : alignment.beads()) {
            out.write(line(alignment, bead));
            out.write('\n');
        }
        out.flush();
    }

    private String line(Alignment alignment, Bead bead) {
        return "{\"source\":" + Formats.indexList(bead.source())
                + ",\"target\":" + Formats.indexList(bead.target())
                + ",\"type\":" + Json.quote(bead.type())
                + (manual.test(bead) ? ",\"confidence\":null,\"manual\":true"
                        : ",\"confidence\":" + Formats.confidence(bead.confidence()))
                + ",\"source_text\":" + Json.quote(alignment.sourceText(bead))
                + ",\"target_text\":" + Json.quote(alignment.targetText(bead))
                + paths("source_paths", sourcePaths, alignment.source(), bead.source())
                + paths("target_paths", targetPaths, alignment.target(), bead.target())
                + "}";
    }

    private static String paths(String key, Function<Sentence, String> pathOf, Document doc, List<Integer> ids) {
        if (pathOf == null) {
            return "";
        }
        Set<String> paths = new LinkedHashSet<>();
        for (int id : ids) {
            String path = pathOf.apply(doc.sentence(id));
            if (path != null) {
                paths.add(path);
            }
        }
        return ",\"" + key + "\":[" + String.join(",", paths.stream().map(Json::quote).toList()) + "]";
    }
}
