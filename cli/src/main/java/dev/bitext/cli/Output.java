package dev.bitext.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a command's result to standard output or to a file. A regular file is written as a temporary file in
 * the same folder and moved into place only once complete, so a failure never leaves a partial file at the
 * target path (an existing file there is kept as it was, permissions included); symbolic links are followed,
 * and a FIFO or device is written to directly (see {@link OutputTarget}). Stateless.
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
     * Writes {@code content} in UTF-8 to each of {@code targets} (see {@link OutputTarget}): a regular file
     * through a temporary file beside it (see {@link TempFiles}, stale ones removed first), which takes the
     * existing file's permissions and is moved over it, in order, once all are complete; a FIFO or device
     * directly. A failure before the moving leaves every replaced target as it was.
     */
    static void writeAllAtomically(List<Path> targets, Contents content) throws IOException {
        List<OutputTarget> resolved = new ArrayList<>();
        for (Path target : targets) {
            resolved.add(OutputTarget.of(target));
        }
        List<Path> temps = new ArrayList<>();
        List<Writer> outs = new ArrayList<>();
        int moved = 0;
        try {
            for (OutputTarget target : resolved) {
                Path temp = target.replaced() ? createTemp(target) : null;
                temps.add(temp);
                outs.add(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(
                        temp != null ? temp : target.real(), StandardOpenOption.WRITE), StandardCharsets.UTF_8)));
                if (temp != null) {
                    keepPermissions(target.real(), temp); // once open: a read-only mode would forbid opening
                }
            }
            content.writeTo(outs);
            for (Writer out : outs) {
                out.close();
            }
            for (; moved < temps.size(); moved++) {
                if (temps.get(moved) != null) {
                    move(temps.get(moved), resolved.get(moved).real());
                    TempFiles.release(temps.get(moved));
                }
            }
        } catch (IOException e) {
            throw IoProblems.about(targets.get(Math.min(moved, targets.size() - 1)), e);
        } finally {
            for (Writer out : outs) {
                closeQuietly(out);
            }
            for (int k = moved; k < temps.size(); k++) {
                if (temps.get(k) != null) {
                    TempFiles.delete(temps.get(k));
                }
            }
        }
    }

    private static void closeQuietly(Writer out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // Only after a failure already reported, or a second close of a closed writer.
        }
    }

    /** A new temporary file beside the target, after removing the stale ones of earlier runs. */
    private static Path createTemp(OutputTarget target) {
        Path folder = target.real().getParent();
        String name = target.real().getFileName().toString();
        TempFiles.removeStale(folder, name);
        try {
            return TempFiles.create(folder, name);
        } catch (IOException e) {
            throw IoProblems.about(target.given(), e);
        }
    }

    /**
     * Gives {@code temp} the permission bits of {@code original} when that exists, and its owner and group
     * where allowed (as root; otherwise the temporary file's own are kept). Nothing on a non-POSIX file system.
     */
    private static void keepPermissions(Path original, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        if (view == null || !Files.exists(original)) {
            return;
        }
        PosixFileAttributes was = view.readAttributes();
        PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            PosixFileAttributes is = now.readAttributes();
            if (!is.owner().equals(was.owner())) {
                now.setOwner(was.owner());
            }
            if (!is.group().equals(was.group())) {
                now.setGroup(was.group());
            }
        } catch (IOException e) {
            // Not allowed for this user: the file becomes theirs, as an editor's save does.
        }
        now.setPermissions(was.permissions());
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
