package dev.bitext;

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
}
