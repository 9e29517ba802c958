package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Checks made on an output path ({@code -o FILE}) before anything is read or written; where output to a path
 * goes (links followed, FIFOs and devices written directly) is {@link dev.bitext.io.AtomicOutput}'s business.
 * Stateless.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    /**
     * Refuses to write to {@code output} when it is the same file as one of {@code inputs}: the same path
     * written another way ({@code ./x.txt}), a symbolic link to it or a hard link (the same file key). Only
     * regular files are compared: writing to a device or FIFO that is also read does not destroy it.
     *
     * @param output the output path, or null for standard output
     * @throws BitextException {@code OUTPUT: output would overwrite an input}, followed by the input's name
     *                         in parentheses when it was given differently
     */
    static void refuseInputs(Path output, Collection<Path> inputs) {
        if (output == null) {
            return;
        }
        for (Path input : inputs) {
            if (sameRegularFile(output, input)) {
                throw new BitextException(output + ": output would overwrite an input"
                        + (input.toString().equals(output.toString()) ? "" : " (" + input + ")"));
            }
        }
    }

    /** Whether {@code a} and {@code b} are the same existing regular file (links followed). */
    static boolean sameRegularFile(Path a, Path b) {
        try {
            return Files.isRegularFile(a) && Files.isRegularFile(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
