package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a command's result to standard output or to a file. A file is written as a temporary file in the
 * same folder and moved into place only once complete, so a failure never leaves a partial file at the target
 * path (an existing file there is kept as it was). Stateless.
 */
final class Output {
    /** Something that writes text. */
    @FunctionalInterface
    interface Content {
        /** Writes everything to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    private Output() {
    }

    /** Writes {@code content} to {@code file}, or to {@code stdout} (flushed, not closed) when file is null. */
    static void write(Path file, Writer stdout, Content content) throws IOException {
        if (file == null) {
            content.writeTo(stdout);
            stdout.flush();
        } else {
            writeAtomically(file, content);
        }
    }

    /** Writes {@code content} in UTF-8 to a temporary file beside {@code target}, then renames it to target. */
    static void writeAtomically(Path target, Content content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new BitextException(target + ": is a directory");
        }
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new BitextException(target + ": folder " + folder + " does not exist");
        }
        Path temp = createTemp(target, folder, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(temp, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            move(temp, absolute);
            moved = true;
        } catch (IOException e) {
            throw IoProblems.about(target, e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path createTemp(Path target, Path folder, String name) {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                // Created without explicit attributes so the final file gets the usual permissions (umask).
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw IoProblems.about(target, e);
                }
            } catch (IOException e) {
                throw IoProblems.about(target, e);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
