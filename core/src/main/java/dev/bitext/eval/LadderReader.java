package dev.bitext.eval;

import dev.bitext.Bead;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one ladder file for {@link Evaluator#scoreFiles} and {@link Evaluator#scoreDirectories}: the library's
 * own is {@link dev.bitext.io.Ladder#read(Path, Consumer)} (strict UTF-8); a caller may decode files its own
 * way and parse the text with {@link dev.bitext.io.Ladder#read(java.io.Reader, String, Consumer)}.
 * Implementations must be safe to call from the thread that calls the evaluator.
 */
@FunctionalInterface
public interface LadderReader {
    /**
     * The beads of {@code file}; warnings about it go to {@code warnings}, each a one-line message naming it.
     *
     * @param file the ladder file
     * @param warnings receives the warnings
     * @return its beads, in file order
     * @throws dev.bitext.BitextException naming the file when it is malformed
     * @throws IOException                if it cannot be read
     */
    List<Bead> read(Path file, Consumer<String> warnings) throws IOException;
}
