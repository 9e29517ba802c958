package dev.bitext.io;

import dev.bitext.Bead;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads ladder files ({@code [0,1]:[0]} per line, Vecalign's optional {@code :cost} suffix allowed).
 *
 * <p>Stateless and thread-safe.
 */
public final class Ladder {
    private Ladder() {
    }

    /**
     * Reads a ladder file. Beads empty on both sides are dropped; read beads have confidence 1.
     *
     * @throws dev.bitext.BitextException with "FILE:LINE: problem" for a malformed line
     */
    public static List<Bead> read(Path file) throws IOException {
        throw new UnsupportedOperationException("TODO");
    }
}
