package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads the test file of {@code eval --calibration}: bitext's JSONL output ({@link JsonlBeads}) when its
 * first non-blank line starts with '{', else a ladder with a third column ({@link LadderConfidences}); a file
 * without any confidence is refused. Stateless.
 */
final class ConfidenceFiles {
    static final String NO_CONFIDENCES = "no confidences: give bitext's JSONL output (align --format jsonl) "
            + "or a ladder with a third column";

    private ConfidenceFiles() {
    }

    /**
     * The beads of {@code text}, the content of the file {@code name}.
     *
     * @throws BitextException naming the file (and line) when it is malformed or holds no confidence
     */
    static ConfidentBeads parse(String text, String name, Consumer<String> warnings) throws IOException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ConfidentBeads beads = content.stripLeading().startsWith("{")
                ? JsonlBeads.read(content, name)
                : LadderConfidences.read(content, name, warnings);
        if (beads.confident().isEmpty()) {
            throw new BitextException(name + ": " + NO_CONFIDENCES);
        }
        return beads;
    }
}
