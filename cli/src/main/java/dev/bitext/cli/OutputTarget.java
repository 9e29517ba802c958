package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * What an output path ({@code -o FILE}) names once symbolic links are followed, and the checks made before
 * anything is written to it. Immutable and thread-safe.
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
 * @param given the path as the user gave it, for messages
 * @param real  the absolute path written to, links resolved
 * @param replaced true for a regular file (or none yet), false for a FIFO, a device or other special file
 */
record OutputTarget(Path given, Path real, boolean replaced) {
    /** Links followed at most, as the Linux kernel does. */
    private static final int MAX_LINKS = 40;

    /**
     * The target {@code given} names.
     *
     * @throws BitextException naming {@code given} when it is a directory, its folder does not exist, or its
     *                         links cannot be followed
     */
    static OutputTarget of(Path given) {
        if (Files.isDirectory(given)) {
            throw new BitextException(given + ": is a directory");
        }
        Path real = followLinks(given);
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            return new OutputTarget(given, real, false);
        }
        Path folder = real.getParent();
        if (!Files.isDirectory(folder)) {
            throw new BitextException(given + ": folder " + folder + " does not exist");
        }
        return new OutputTarget(given, real, true);
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
            throw IoProblems.about(given, e);
        }
    }

    /** The folder of {@code path}, as a real path when it exists, else as it is. */
    private static Path realFolder(Path path) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        return Files.isDirectory(folder) ? folder.toRealPath() : folder.normalize();
    }
}
