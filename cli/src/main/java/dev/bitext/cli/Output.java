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
import java.util.ArrayList;
import java.util.List;
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
        writeAllAtomically(List.of(target), outs -> content.writeTo(outs.get(0)));
    }

    /** Something that writes text to several outputs at once. */
    @FunctionalInterface
    interface Contents {
        /** Writes everything, {@code outs.get(k)} going to the k-th file. */
        void writeTo(List<Writer> outs) throws IOException;
    }

    /**
     * Writes {@code content} in UTF-8 to a temporary file beside each of {@code targets}, then renames each to
     * its target, in order, once all are complete. A failure before the renaming leaves every target as it was.
     */
    static void writeAllAtomically(List<Path> targets, Contents content) throws IOException {
        List<Path> finals = new ArrayList<>();
        for (Path target : targets) {
            finals.add(checkTarget(target));
        }
        List<Path> temps = new ArrayList<>();
        List<Writer> outs = new ArrayList<>();
        int moved = 0;
        try {
            for (int k = 0; k < targets.size(); k++) {
                temps.add(createTemp(targets.get(k), finals.get(k).getParent(), finals.get(k).getFileName().toString()));
                outs.add(new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(temps.get(k), StandardOpenOption.WRITE), StandardCharsets.UTF_8)));
            }
            content.writeTo(outs);
            for (Writer out : outs) {
                out.close();
            }
            for (; moved < temps.size(); moved++) {
                move(temps.get(moved), finals.get(moved));
            }
        } catch (IOException e) {
            throw IoProblems.about(targets.get(Math.min(moved, targets.size() - 1)), e);
        } finally {
            for (Writer out : outs) {
                closeQuietly(out);
            }
            for (int k = moved; k < temps.size(); k++) {
                Files.deleteIfExists(temps.get(k));
            }
        }
    }

    /** The absolute path of {@code target}, after checking that it can be written. */
    private static Path checkTarget(Path target) {
        if (Files.isDirectory(target)) {
            throw new BitextException(target + ": is a directory");
        }
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new BitextException(target + ": folder " + folder + " does not exist");
        }
        return absolute;
    }

    private static void closeQuietly(Writer out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // Only after a failure already reported, or a second close of a closed writer.
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
