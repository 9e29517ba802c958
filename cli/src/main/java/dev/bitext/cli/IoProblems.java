package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** Describes file-system failures in words a user understands (see {@link BitextException#about}). Stateless. */
final class IoProblems {
    private IoProblems() {
    }

    /** A one-line description such as {@code a.txt: no such file}. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return about(Path.of(fs.getFile()), e).getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "input is not valid UTF-8";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** A {@link BitextException} naming {@code file} and describing what went wrong reading it. */
    static BitextException about(Path file, IOException e) {
        return BitextException.about(file, e);
    }
}
