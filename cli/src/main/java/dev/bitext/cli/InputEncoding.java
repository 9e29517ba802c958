package dev.bitext.cli;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How input files are decoded ({@link TextBlocks} tells the rules): in a given charset, or detected when
 * {@code charset} is null; {@code notes} hears which files were found not to be UTF-8 and how they were
 * read instead ({@code FILE: not UTF-8; read as GB18030}). Immutable; thread-safe when {@code notes} is.
 *
 * @param charset the charset of every input without a byte order mark, or null to detect it
 * @param notes   receives one note per file read in a detected legacy encoding
 */
record InputEncoding(Charset charset, Consumer<String> notes) {
    /** Detection, notes dropped. */
    static final InputEncoding DETECT = new InputEncoding(null, note -> { });

    /** Checks that {@code notes} is given. */
    InputEncoding {
        Objects.requireNonNull(notes, "notes");
    }
}
