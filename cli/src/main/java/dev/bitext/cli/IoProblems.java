package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Describes file-system failures in words a user understands. Stateless. */
final class IoProblems {
    private IoProblems() {
    }

    /** A one-line description such as {@code a.txt: no such file}. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + reason(fs);
        }
        if (e instanceof CharacterCodingException) {
            return "input is not valid UTF-8";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** A {@link BitextException} naming {@code file} and describing what went wrong reading it. */
    static BitextException about(Path file, IOException e) {
        if (e instanceof FileSystemException fs) {
            return new BitextException(file + ": " + reason(fs), e);
        }
        if (e instanceof CharacterCodingException) {
            return new BitextException(file + ": not valid UTF-8", e);
        }
        return new BitextException(file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
