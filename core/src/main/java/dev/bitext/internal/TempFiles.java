package dev.bitext.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files an output is written to before it is moved into place, named
 * {@code .NAME.bitext-PID-RANDOM.tmp} beside the target {@code NAME} (PID: the writing process, RANDOM: 16 hex
 * digits). Every temporary file is registered while it exists; a shutdown hook (normal exit, SIGTERM, SIGINT,
 * SIGHUP) deletes those still registered, and once it has started no new one is created; it is installed with
 * the first temporary file, as {@link java.io.File#deleteOnExit()} installs its own. A temporary file
 * left by a process that was killed outright ({@code kill -9}) is recognised by its name and removed by the
 * next write to the same target, once its process is no longer alive. Thread-safe.
 */
public final class TempFiles {
    private static final String MARK = ".bitext-";
    private static final long OWN_PID = ProcessHandle.current().pid();
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static boolean shuttingDown;
    private static boolean hookInstalled;

    private TempFiles() {
    }

    /**
     * Creates a new empty temporary file in {@code folder} for the target named {@code name}, registered for
     * deletion at shutdown until {@link #release}d.
     *
     * @param folder the target's folder
     * @param name   the target's file name
     * @return the new, empty temporary file
     * @throws IOException if it cannot be created, or the JVM is shutting down
     */
    public static Path create(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + MARK + OWN_PID + "-"
                    + String.format("%016x", ThreadLocalRandom.current().nextLong()) + ".tmp");
            register(temp);
            try {
                // Created without explicit attributes: a new target gets the usual permissions (umask).
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                PENDING.remove(temp);
                if (attempt == 10) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                PENDING.remove(temp);
                throw e;
            }
        }
    }

    /**
     * Deletes {@code temp} if it still exists and forgets it.
     *
     * @param temp a file made by {@link #create}
     * @throws IOException if it cannot be deleted (it is forgotten all the same)
     */
    public static void delete(Path temp) throws IOException {
        try {
            Files.deleteIfExists(temp);
        } finally {
            release(temp);
        }
    }

    /**
     * Forgets {@code temp}: it has been moved into place (or deleted).
     *
     * @param temp a file made by {@link #create}
     */
    public static void release(Path temp) {
        PENDING.remove(temp);
    }

    /**
     * Deletes the temporary files that writes to {@code folder/name} by other processes left behind: those whose
     * name has the pattern of {@link #create} and whose process is no longer alive. Files of live processes,
     * of this process and any other file are kept; a failure to list or delete is ignored (the files are only
     * clutter).
     *
     * @param folder the target's folder
     * @param name   the target's file name
     */
    public static void removeStale(Path folder, String name) {
        Pattern own = Pattern.compile(Pattern.quote("." + name + MARK) + "(\\d{1,18})-[0-9a-f]{16}\\.tmp");
        DirectoryStream.Filter<Path> named = file -> own.matcher(file.getFileName().toString()).matches();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, named)) {
            for (Path file : files) {
                Matcher m = own.matcher(file.getFileName().toString());
                if (m.matches() && !alive(Long.parseLong(m.group(1)))
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for a later run.
        }
    }

    private static boolean alive(long pid) {
        if (pid == OWN_PID) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive();
    }

    private static synchronized void register(Path temp) throws IOException {
        if (shuttingDown) {
            throw new IOException("the program is being stopped");
        }
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAllPending, "bitext-temp-cleanup"));
            hookInstalled = true;
        }
        PENDING.add(temp);
    }

    /** Run by the shutdown hook: no new temporary file from now on, and the pending ones deleted. */
    private static void deleteAllPending() {
        synchronized (TempFiles.class) {
            shuttingDown = true;
        }
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException e) {
                // Nothing more can be done while the JVM stops.
            }
        }
    }
}
