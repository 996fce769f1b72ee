package se.helhet.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Helhet that was killed leaves its embedded PostgreSQL running on the data directory, and the next start
 * would fail. The server's own pid file tells which process it is. A running Helhet holds the lock file
 * in the data directory, so a server whose lock is free is a leftover; one whose lock is held belongs to a
 * Helhet that is still running, and is never touched.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final String LOCK_FILE = "epg-lock";

    private LeftoverServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> process = serverOf(dataDirectory);
        if (process.isEmpty()) {
            return;
        }
        if (lockedByRunningHelhet(dataDirectory)) {
            throw new UnsafeConfigurationException("Helhet is already running with the data directory " + dataDirectory,
                    "Stop the running Helhet first, or set HELHET_HOME to another directory.");
        }
        long pid = process.get().pid();
        log.warn("Stoppar en databasserver som lämnats kvar av en tidigare körning (pid {})", pid);
        // SIGINT is PostgreSQL's fast shutdown; nobody is connected to a leftover server.
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (isRunning(process.get()) && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (isRunning(process.get())) {
            process.get().destroyForcibly();
        }
    }

    /** The live server named in the data directory's pid file, if any. */
    static Optional<ProcessHandle> serverOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().trim()))
                .filter(LeftoverServer::isRunning)
                .filter(LeftoverServer::isPostgres);
    }

    static boolean lockedByRunningHelhet(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        }
    }

    /** The port in the pid file of the server running on the data directory. */
    static int port(Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return Integer.parseInt(lines.get(3).trim());
    }

    /** A killed server is a zombie until someone reaps it; it holds nothing and counts as stopped. */
    private static boolean isRunning(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        return !read("/proc/" + handle.pid() + "/status").lines()
                .anyMatch(l -> l.startsWith("State:") && l.contains("Z"));
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(c -> c.contains("postgres")).orElse(false)
                || read("/proc/" + handle.pid() + "/cmdline").contains("postgres");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
