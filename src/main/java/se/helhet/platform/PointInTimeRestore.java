package se.helhet.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Puts the embedded database back as it was at a moment: the newest base backup from before it, then the
 * archived WAL replayed up to it ({@code recovery_target_time}). The data directory as it was stays beside
 * the restored one, so a restore to the wrong moment loses nothing. Helhet must be stopped.
 */
final class PointInTimeRestore {

    private static final DateTimeFormatter POSTGRES_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration RECOVERY_TIME_LIMIT = Duration.ofMinutes(30);

    record Restored(BaseBackup.Made backup, Path earlier) {
    }

    private PointInTimeRestore() {
    }

    /** To the moment given, or with {@code to} empty to the last change the WAL holds. */
    static Restored to(Path home, Optional<Instant> to) throws IOException, SQLException {
        Path data = EmbeddedSettings.dataDirectory(home);
        if (LeftoverServer.lockedByRunningHelhet(data)) {
            throw new UnsafeConfigurationException("Helhet is running with the data directory " + data + ".",
                    "Stop Helhet before restoring its database.");
        }
        LeftoverServer.stopIfRunning(data);
        BaseBackup.Made backup = BaseBackup.list(home).stream()
                .filter(b -> to.isEmpty() || !b.usableFrom().isAfter(to.get()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("There is no backup in " + home.resolve(BaseBackup.DIRECTORY)
                        + to.map(t -> " finished before " + t).orElse("") + "."));
        PostgresBinaries binaries = binaries(home);
        Path earlier = home.resolve("pgdata-before-restore-" + STAMP.format(Instant.now()));
        if (Files.exists(data)) {
            Files.move(data, earlier);
        }
        try {
            DirectoryCopy.copy(backup.directory(), data, Set.of(), Set.of());
            keepUnarchivedWal(earlier, data);
            Files.createFile(data.resolve("recovery.signal"));
            recover(home, binaries, to);
        } catch (IOException | SQLException | RuntimeException e) {
            if (Files.exists(earlier)) {
                LeftoverServer.stopIfRunning(data);
                DirectoryCopy.delete(data);
                Files.move(earlier, data);
            }
            throw e;
        }
        return new Restored(backup, earlier);
    }

    /** The newest WAL is not archived yet: it is still in the old data directory, and recovery reads it there. */
    private static void keepUnarchivedWal(Path earlier, Path data) throws IOException {
        Path wal = earlier.resolve("pg_wal");
        if (!Files.isDirectory(wal)) {
            return;
        }
        try (Stream<Path> segments = Files.list(wal)) {
            for (Path segment : segments.filter(p -> p.getFileName().toString().matches("[0-9A-F]{24}")).toList()) {
                Files.copy(segment, data.resolve("pg_wal").resolve(segment.getFileName()));
            }
        }
    }

    private static void recover(Path home, PostgresBinaries binaries, Optional<Instant> to)
            throws IOException, SQLException {
        Map<String, String> settings = new LinkedHashMap<>(EmbeddedSettings.server());
        settings.put("restore_command", "cp ../" + EmbeddedSettings.ARCHIVE_DIRECTORY + "/%f %p");
        to.ifPresent(t -> settings.put("recovery_target_time", POSTGRES_TIME.format(t)));
        settings.put("recovery_target_action", "promote");
        Path data = EmbeddedSettings.dataDirectory(home);
        Path log = EmbeddedSettings.serverLog(home);
        int port = freePort();
        if (!binaries.start(data, log, EmbeddedSettings.commandLine(port, settings), RECOVERY_TIME_LIMIT)) {
            throw new IllegalStateException("The database could not replay its WAL" + to.map(t -> " up to " + t).orElse("")
                    + "; " + log + " says why.");
        }
        try {
            awaitPromotion(data, port, log);
        } finally {
            binaries.stop(data, log);
        }
    }

    private static void awaitPromotion(Path data, int port, Path log) throws IOException, SQLException {
        Instant deadline = Instant.now().plus(RECOVERY_TIME_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (LeftoverServer.serverOf(data).isEmpty()) {
                throw new IllegalStateException("The database stopped while replaying its WAL (the moment may lie"
                        + " after the last change it holds); " + log + " says why.");
            }
            try (Connection connection = BaseBackup.superuser(port);
                 Statement statement = connection.createStatement();
                 var result = statement.executeQuery("select pg_is_in_recovery()")) {
                result.next();
                if (!result.getBoolean(1)) {
                    return;
                }
            } catch (SQLException stillStarting) {
                // Not yet taking connections; try again.
            }
            sleep();
        }
        throw new IllegalStateException("The database did not finish replaying its WAL within " + RECOVERY_TIME_LIMIT);
    }

    /**
     * The programs of the server that last ran on the data directory; if that is unknown, zonky unpacks
     * them while starting a throw-away server.
     */
    private static PostgresBinaries binaries(Path home) throws IOException {
        Optional<PostgresBinaries> known = PostgresBinaries.usedBy(EmbeddedSettings.dataDirectory(home));
        if (known.isPresent()) {
            return known.get();
        }
        Path scratch = Files.createTempDirectory(home, "unpack-");
        try (EmbeddedPostgres throwAway = EmbeddedPostgres.builder().setDataDirectory(scratch).start()) {
            return PostgresBinaries.usedBy(scratch).orElseThrow();
        } finally {
            DirectoryCopy.delete(scratch);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the database replayed its WAL");
        }
    }
}
