package dev.bitext.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;

/**
 * Standard output as a {@link PrintWriter} (UTF-8, flushed at each line end) that does not swallow write
 * errors the way {@code PrintWriter} and {@code PrintStream} do. The first failure of the underlying stream
 * (a full disk, {@code /dev/full}, a closed pipe) is kept, and this and every later write or flush throws an
 * {@link UncheckedIOException} whose cause is a {@link FileSystemException} for {@value #NAME} with the
 * system's reason, e.g. {@code No space left on device}: the command stops instead of producing output that
 * nobody receives. Thread-safe (writes are serialised on the writer's lock).
 */
final class StandardOutput extends PrintWriter {
    /** The name failures are reported under. */
    static final String NAME = "standard output";

    private final Sink sink;

    private StandardOutput(Sink sink) {
        super(new OutputStreamWriter(sink, StandardCharsets.UTF_8), true);
        this.sink = sink;
    }

    /** Standard output written to {@code out}, whose exceptions give the reason of a failure. */
    static StandardOutput of(OutputStream out) {
        return new StandardOutput(new Sink(out, null));
    }

    /**
     * Standard output written to {@code out}; a print stream hides the reason of a failure, so its error flag
     * (checked after every write) is reported as {@code write failed}.
     */
    static StandardOutput of(PrintStream out) {
        return new StandardOutput(new Sink(out, out));
    }

    /**
     * The failure reported for the first write error, or null if every write so far succeeded; never null once
     * {@link #checkError()} has returned true.
     */
    UncheckedIOException failure() {
        IOException e = sink.failure;
        if (e == null) {
            return null;
        }
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new UncheckedIOException(new FileSystemException(NAME, null, reason));
    }

    /** Whether {@code e} is a failure of some {@code StandardOutput}. */
    static boolean isFailure(Throwable e) {
        return e instanceof UncheckedIOException u && u.getCause() instanceof FileSystemException fs
                && NAME.equals(fs.getFile()) && fs.getOtherFile() == null;
    }

    @Override
    public void write(int c) {
        synchronized (lock) {
            try {
                check();
                out.write(c);
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (lock) {
            try {
                check();
                out.write(buf, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    @Override
    public void write(String s, int off, int len) {
        synchronized (lock) {
            try {
                check();
                out.write(s, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    /** A line end written as every other text, so that its failure is not swallowed; then a flush. */
    @Override
    public void println() {
        synchronized (lock) {
            write(System.lineSeparator());
            flush();
        }
    }

    @Override
    public void flush() {
        synchronized (lock) {
            try {
                check();
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    /** Whether a write failed; never throws (PrintWriter's contract). */
    @Override
    public boolean checkError() {
        try {
            flush();
        } catch (UncheckedIOException e) {
            return true;
        }
        return false;
    }

    /** Throws the failure of an earlier write, if there was one (also one that PrintWriter swallowed). */
    private void check() {
        UncheckedIOException earlier = failure();
        if (earlier != null) {
            throw earlier;
        }
    }

    private UncheckedIOException failed(IOException e) {
        sink.fail(e); // kept unless the sink failed first
        return failure();
    }

    /** The underlying stream, keeping its first failure; once failed, it writes nothing more. */
    private static final class Sink extends OutputStream {
        private final OutputStream out;
        private final PrintStream flagged;
        private volatile IOException failure;

        Sink(OutputStream out, PrintStream flagged) {
            this.out = out;
            this.flagged = flagged;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            guard();
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
            checkFlag();
        }

        @Override
        public void flush() throws IOException {
            guard();
            try {
                out.flush();
            } catch (IOException e) {
                throw fail(e);
            }
            checkFlag();
        }

        private void guard() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }

        /** A print stream swallows errors: its flag (checking it flushes) tells that there was one. */
        private void checkFlag() throws IOException {
            if (flagged != null && flagged.checkError()) {
                throw fail(new IOException("write failed"));
            }
        }

        private IOException fail(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return failure;
        }
    }
}
