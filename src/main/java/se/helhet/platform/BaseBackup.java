package se.helhet.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A base backup of the embedded database: its data directory copied while the server runs, between
 * {@code pg_backup_start} and {@code pg_backup_stop} (the zonky bundle has no {@code pg_basebackup}). With
 * the WAL archived since, it restores to any later moment ({@link PointInTimeRestore}). Each backup is a
 * directory under {@code HELHET_HOME/backups}, named for the moment it became usable.
 */
final class BaseBackup {

    static final String DIRECTORY = "backups";
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSSX").withZone(ZoneOffset.UTC);

    /** What the server rebuilds or never needs: left out as PostgreSQL's backup instructions say. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map", "recovery.signal", "standby.signal", "current_logfiles",
            "postgresql.auto.conf.tmp");

    record Made(Path directory, Instant usableFrom) {
    }

    private BaseBackup() {
    }

    static Made take(Path home) throws IOException, SQLException {
        Path data = EmbeddedSettings.dataDirectory(home);
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            throw new IllegalStateException("There is no database in " + data + " to back up.");
        }
        if (LeftoverServer.serverOf(data).isPresent()) {
            try (Connection connection = superuser(LeftoverServer.port(data))) {
                return take(home, connection);
            }
        }
        try (EmbeddedPostgres server = DatabaseServer.embedded(home, Duration.ofSeconds(60));
             Connection connection = server.getPostgresDatabase().getConnection()) {
            return take(home, connection);
        }
    }

    static Connection superuser(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }

    private static Made take(Path home, Connection connection) throws IOException, SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!"on".equals(value(statement, "show archive_mode"))) {
                throw new IllegalStateException("The running database does not archive its WAL, so a backup could"
                        + " not be restored to a later moment. Restart Helhet, which turns archiving on, and try again.");
            }
            Path backups = home.resolve(DIRECTORY);
            Path partial = backups.resolve("unfinished-" + System.currentTimeMillis());
            Files.createDirectories(backups);
            statement.execute("select pg_backup_start('helhet " + Instant.now() + "', true)");
            try {
                DirectoryCopy.copy(EmbeddedSettings.dataDirectory(home), partial, EMPTIED, LEFT_OUT);
            } catch (IOException | RuntimeException e) {
                statement.execute("select pg_backup_stop(false)");
                DirectoryCopy.delete(partial);
                throw e;
            }
            // Waits until the WAL written during the copy is archived: only then can the copy be used.
            try (var stopped = statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
                stopped.next();
                Files.writeString(partial.resolve("backup_label"), stopped.getString(1));
                String tablespaces = stopped.getString(2);
                if (tablespaces != null && !tablespaces.isBlank()) {
                    Files.writeString(partial.resolve("tablespace_map"), tablespaces);
                }
            }
            Instant usableFrom = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
            Path done = backups.resolve(NAME.format(usableFrom));
            Files.move(partial, done);
            return new Made(done, usableFrom);
        }
    }

    /** Finished backups, the newest first. */
    static List<Made> list(Path home) throws IOException {
        Path backups = home.resolve(DIRECTORY);
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(backups)) {
            return entries.flatMap(p -> usableFrom(p).map(at -> new Made(p, at)).stream())
                    .sorted(Comparator.comparing(Made::usableFrom).reversed())
                    .toList();
        }
    }

    private static Optional<Instant> usableFrom(Path directory) {
        try {
            return Optional.of(Instant.from(NAME.parse(directory.getFileName().toString())));
        } catch (RuntimeException notABackup) {
            return Optional.empty();
        }
    }

    private static String value(Statement statement, String query) throws SQLException {
        try (var result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
