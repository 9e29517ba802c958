package dev.bitext.cli;

import dev.bitext.io.AtomicOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a command's result to standard output or to a file. A file is written through
 * {@link AtomicOutput}: a regular file as a temporary file in the same folder moved into place only once
 * complete, so a failure never leaves a partial file at the target path (an existing file there is kept as it
 * was, permissions included); symbolic links are followed, and a FIFO or device is written to directly.
 * Stateless.
 */
final class Output {
    private Output() {
    }

    /** Writes {@code content} to {@code file}, or to {@code stdout} (flushed, not closed) when file is null. */
    static void write(Path file, Writer stdout, AtomicOutput.Content content) throws IOException {
        if (file == null) {
            content.writeTo(stdout);
            stdout.flush();
        } else {
            AtomicOutput.write(file, content);
        }
    }

    /** Writes {@code content} in UTF-8 to each of {@code targets} (see {@link AtomicOutput#writeAll}). */
    static void writeAllAtomically(List<Path> targets, AtomicOutput.Contents content) {
        AtomicOutput.writeAll(targets, content);
    }
}
