package se.helhet.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The processes of a PostgreSQL server, found from its data directory's {@code postmaster.pid}: the
 * postmaster and its children (backends, checkpointer, WAL writer …), as an operator would find them.
 */
public final class DatabaseProcesses {

    private DatabaseProcesses() {
    }

    /** The postmaster running on the data directory, if one does. */
    public static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.isEmpty() || !lines.getFirst().trim().matches("\\d+")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.getFirst().trim())).filter(DatabaseProcesses::alive);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * SIGKILL to the postmaster and every child, nothing shut down in order; returns once none is left.
     * The postmaster goes first, so that it cannot start children anew.
     */
    public static void kill(Path dataDirectory) {
        ProcessHandle postmaster = postmaster(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("No database server runs on " + dataDirectory));
        List<ProcessHandle> all = new ArrayList<>();
        all.add(postmaster);
        all.addAll(postmaster.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (all.stream().anyMatch(DatabaseProcesses::alive)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Database processes outlived SIGKILL");
            }
            pause();
        }
    }

    /** A killed process stays a zombie until its parent reaps it; it runs no more. */
    private static boolean alive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .noneMatch(l -> l.startsWith("State:") && l.contains("Z"));
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
