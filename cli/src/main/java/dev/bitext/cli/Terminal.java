package dev.bitext.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal. Stateless. */
final class Terminal {
    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /**
     * True when standard error goes to a terminal. On Linux the descriptor's link is read (a terminal is
     * {@code /dev/pts/N} or {@code /dev/ttyN}), so redirecting stderr alone to a file turns it off; elsewhere
     * it falls back to {@link System#console()} (standard input and output interactive).
     */
    static boolean stderrIsTerminal() {
        if (Files.isSymbolicLink(STDERR_LINK)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(STDERR_LINK).toString());
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Whether {@code device} names a terminal device. */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }
}
