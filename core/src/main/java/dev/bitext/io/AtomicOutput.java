package dev.bitext.io;

import dev.bitext.BitextException;
import dev.bitext.internal.OutputPath;
import dev.bitext.internal.TempFiles;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.Objects;

/**
 * Writes UTF-8 text files (and binary files, {@link #writeBytes}) atomically, as the {@code bitext} command's {@code -o FILE} does: a regular file is
 * written as a temporary file {@code .NAME.bitext-PID-RANDOM.tmp} in the same folder and moved over the target
 * only once complete, so a failure never leaves a partial file there (an existing file is kept as it was). A
 * replaced file keeps its permission bits (and its owner and group where the process may set them). Symbolic
 * links are followed to the file they point to (the target of a dangling link is created); a FIFO or a device
 * such as {@code /dev/null} is written to directly, never replaced. Temporary files that killed processes left
 * for the same target are removed first; those of this process are deleted at JVM shutdown if still there.
 *
 * <pre>{@code
 * AtomicOutput.write(Path.of("out.tsv"), out -> out.write("one\tun\n"));
 * }</pre>
 *
 * <p>Stateless and thread-safe; two writers to the same target at once each complete, the last move winning.
 */
public final class AtomicOutput {
    /** Something that writes text to one output. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes everything to {@code out}, which the caller closes.
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /** Something that writes text to several outputs at once. */
    @FunctionalInterface
    public interface Contents {
        /**
         * Writes everything, {@code outs.get(k)} going to the k-th target; the caller closes them.
         *
         * @param outs where to write, in the order of the targets
         * @throws IOException if writing fails
         */
        void writeTo(List<Writer> outs) throws IOException;
    }

    /** Something that writes bytes to one output. */
    @FunctionalInterface
    public interface StreamContent {
        /**
         * Writes everything to {@code out}, which the caller closes.
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes bytes to several outputs at once, the k-th stream going to the k-th target. */
    @FunctionalInterface
    private interface StreamContents {
        void writeTo(List<OutputStream> outs) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * Writes {@code content} in UTF-8 to {@code target}, atomically for a regular file.
     *
     * @param target  the file to create or replace
     * @param content what to write
     * @throws BitextException whose message names {@code target} ({@code out.tsv: permission denied},
     *                         {@code out.tsv: folder /x does not exist}, {@code DIR: is a directory}) and
     *                         whose cause is the {@link IOException}, if writing fails or {@code content} throws
     *                         one; {@code target} is then left as it was
     * @throws NullPointerException if an argument is null
     */
    public static void write(Path target, Content content) {
        Objects.requireNonNull(content, "content");
        writeAll(List.of(target), outs -> content.writeTo(outs.get(0)));
    }

    /**
     * Writes {@code contents} in UTF-8 to each of {@code targets}: the regular files through temporary files,
     * moved over their targets in order once all are complete; FIFOs and devices directly. A failure before
     * the moving leaves every replaced target as it was.
     *
     * @param targets  the files to create or replace, at least one
     * @param contents what to write to them
     * @throws BitextException whose message names the target concerned (the last one when the failure is in
     *                         {@code contents}) and whose cause is the {@link IOException}
     * @throws IllegalArgumentException if {@code targets} is empty
     * @throws NullPointerException if an argument is null
     */
    public static void writeAll(List<Path> targets, Contents contents) {
        Objects.requireNonNull(contents, "contents");
        writeStreams(targets, streams -> {
            List<Writer> outs = new ArrayList<>();
            for (OutputStream stream : streams) {
                outs.add(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
            }
            contents.writeTo(outs);
            for (Writer out : outs) {
                out.close();
            }
        });
    }

    /**
     * Writes the bytes of {@code content} to {@code target}, atomically for a regular file, as {@link #write}
     * does for text: a binary file such as a spreadsheet is never left half written.
     *
     * @param target  the file to create or replace
     * @param content what to write
     * @throws BitextException whose message names {@code target} and whose cause is the {@link IOException},
     *                         if writing fails or {@code content} throws one; {@code target} is then left as it
     *                         was
     * @throws NullPointerException if an argument is null
     */
    public static void writeBytes(Path target, StreamContent content) {
        Objects.requireNonNull(content, "content");
        writeStreams(List.of(target), outs -> content.writeTo(outs.get(0)));
    }

    /** The machinery of every variant: temporary files, the writing, then the moves in order. */
    private static void writeStreams(List<Path> targets, StreamContents contents) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no target to write");
        }
        List<OutputPath> resolved = new ArrayList<>();
        for (Path target : targets) {
            resolved.add(OutputPath.of(target));
        }
        List<Path> temps = new ArrayList<>();
        List<OutputStream> outs = new ArrayList<>();
        int moved = 0;
        try {
            for (OutputPath target : resolved) {
                Path temp = target.replaced() ? createTemp(target) : null;
                temps.add(temp);
                outs.add(new BufferedOutputStream(Files.newOutputStream(
                        temp != null ? temp : target.real(), StandardOpenOption.WRITE)));
                if (temp != null) {
                    keepPermissions(target.real(), temp); // once open: a read-only mode would forbid opening
                }
            }
            contents.writeTo(outs);
            for (OutputStream out : outs) {
                out.close();
            }
            for (; moved < temps.size(); moved++) {
                if (temps.get(moved) != null) {
                    move(temps.get(moved), resolved.get(moved).real());
                    TempFiles.release(temps.get(moved));
                }
            }
        } catch (IOException e) {
            throw BitextException.about(targets.get(Math.min(moved, targets.size() - 1)), e);
        } finally {
            for (OutputStream out : outs) {
                closeQuietly(out);
            }
            for (int k = moved; k < temps.size(); k++) {
                if (temps.get(k) != null) {
                    deleteQuietly(temps.get(k));
                }
            }
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // Only after a failure already reported, or a second close of a closed stream.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            TempFiles.delete(temp);
        } catch (IOException ignored) {
            // Registered until then: the shutdown hook tries again.
        }
    }

    /** A new temporary file beside the target, after removing the stale ones of earlier runs. */
    private static Path createTemp(OutputPath target) {
        Path folder = target.real().getParent();
        String name = target.real().getFileName().toString();
        TempFiles.removeStale(folder, name);
        try {
            return TempFiles.create(folder, name);
        } catch (IOException e) {
            throw BitextException.about(target.given(), e);
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
