package dev.bitext.internal;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an output path names once symbolic links are followed. Immutable and thread-safe.
 *
 * <ul>
 *   <li>A symbolic link is followed to the file it points to (through any number of links), also when that
 *       file does not exist yet: the target of a dangling link is created, as the shell's {@code >} does.
 *   <li>A regular file, existing or new, is {@linkplain #replaced() replaced}: written beside the real file and
 *       moved over it once complete.
 *   <li>Anything else that exists (a FIFO, a character or block device such as {@code /dev/null}) is written
 *       to directly: it is never replaced.
 * </ul>
 *
 * @param given    the path as the user gave it, for messages
 * @param real     the absolute path written to, links resolved
 * @param replaced true for a regular file (or none yet), false for a FIFO, a device or other special file
 */
public record OutputPath(Path given, Path real, boolean replaced) {
    /** Links followed at most, as the Linux kernel does. */
    private static final int MAX_LINKS = 40;

    /**
     * The target {@code given} names.
     *
     * @param given the output path as the user gave it
     * @return where output to {@code given} goes
     * @throws BitextException naming {@code given} when it is a directory, its folder does not exist, or its
     *                         links cannot be followed
     */
    public static OutputPath of(Path given) {
        if (Files.isDirectory(given)) {
            throw new BitextException(given + ": is a directory");
        }
        Path real = followLinks(given);
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            return new OutputPath(given, real, false);
        }
        Path folder = real.getParent();
        if (!Files.isDirectory(folder)) {
            throw new BitextException(given + ": folder " + folder + " does not exist");
        }
        return new OutputPath(given, real, true);
    }

    /** The absolute path {@code given} leads to after following links; its folder is a real path when it exists. */
    private static Path followLinks(Path given) {
        try {
            if (Files.exists(given)) {
                return given.toRealPath();
            }
            Path path = given.toAbsolutePath();
            for (int links = 0; Files.isSymbolicLink(path); links++) {
                if (links == MAX_LINKS) {
                    throw new BitextException(given + ": too many levels of symbolic links");
                }
                path = realFolder(path).resolve(Files.readSymbolicLink(path));
            }
            return realFolder(path).resolve(path.getFileName());
        } catch (IOException e) {
            throw BitextException.about(given, e);
        }
    }

    /** The folder of {@code path}, as a real path when it exists, else as it is. */
    private static Path realFolder(Path path) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        return Files.isDirectory(folder) ? folder.toRealPath() : folder.normalize();
    }
}
