package dev.bitext.io;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import java.io.IOException;
import java.io.Writer;

/**
 * One JSON object per bead and line, keys in a fixed order:
 * {@code {"source":[0,1],"target":[0],"type":"2-1","confidence":0.873,"source_text":"…","target_text":"…"}}.
 *
 * <p>Immutable and thread-safe.
 */
final class JsonLinesWriter implements AlignmentWriter {
    @Override
    public void write(Alignment alignment, Writer out) throws IOException {
        for (Bead bead : alignment.beads()) {
            out.write(line(alignment, bead));
            out.write('\n');
        }
        out.flush();
    }

    private static String line(Alignment alignment, Bead bead) {
        return "{\"source\":" + Formats.indexList(bead.source())
                + ",\"target\":" + Formats.indexList(bead.target())
                + ",\"type\":" + Json.quote(bead.type())
                + ",\"confidence\":" + Formats.confidence(bead.confidence())
                + ",\"source_text\":" + Json.quote(alignment.sourceText(bead))
                + ",\"target_text\":" + Json.quote(alignment.targetText(bead))
                + "}";
    }
}
