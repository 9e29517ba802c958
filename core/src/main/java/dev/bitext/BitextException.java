package dev.bitext;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Thrown when input cannot be processed: a malformed file, text without Chinese where Chinese was
 * expected, and the like. The message is meant for a user and names the problem; callers that know the
 * file name prefix it.
 *
 * <p>Immutable and thread-safe.
 */
public class BitextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * With a user-facing message.
     *
     * @param message the message shown to the user, one line
     */
    public BitextException(String message) {
        super(message);
    }

    /**
     * With a user-facing message and its cause.
     *
     * @param message the message shown to the user, one line
     * @param cause the underlying failure
     */
    public BitextException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The exception for a failure to read or write {@code file}: its message is {@code FILE: reason} in words
     * a user understands ({@code no such file}, {@code permission denied}, {@code not a directory},
     * {@code not valid UTF-8}, else the file system's reason or the exception's message), its cause {@code e}.
     *
     * @param file the file the caller was reading or writing, as the user named it
     * @param e    what went wrong
     * @return a new exception naming {@code file}
     */
    public static BitextException about(Path file, IOException e) {
        return new BitextException(file + ": " + reason(e), e);
    }

    /**
     * What went wrong, in words a user understands, without the file name.
     *
     * @param e the failure
     * @return a short reason such as {@code permission denied}
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
