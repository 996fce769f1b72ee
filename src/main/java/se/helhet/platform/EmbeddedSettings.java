package se.helhet.platform;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The embedded PostgreSQL's settings, given on its command line at every start: by zonky at Helhet's start,
 * by Helhet when it restarts a server that died, and by a restore. zonky's own defaults (fsync off through
 * {@code -F}, {@code synchronous_commit=off}) suit throw-away test databases: a write already answered 201
 * could be lost when the server is killed. Helhet's data is not throw-away.
 */
final class EmbeddedSettings {

    /** WAL segments are copied here, beside {@code pgdata} in HELHET_HOME, for point-in-time restore. */
    static final String ARCHIVE_DIRECTORY = "wal-archive";
    static final String DATA_DIRECTORY = "pgdata";
    static final String SERVER_LOG = "postgres.log";

    // Run by the server's shell in its data directory; a segment already archived counts as done when it is
    // the same file, so a server killed after copying but before noting it does not stall its archiving.
    private static final String ARCHIVE_COMMAND = "if test -f ../" + ARCHIVE_DIRECTORY + "/%f;"
            + " then cmp -s %p ../" + ARCHIVE_DIRECTORY + "/%f;"
            + " else cp %p ../" + ARCHIVE_DIRECTORY + "/%f.tmp && sync ../" + ARCHIVE_DIRECTORY + "/%f.tmp"
            + " && mv ../" + ARCHIVE_DIRECTORY + "/%f.tmp ../" + ARCHIVE_DIRECTORY + "/%f; fi";

    private EmbeddedSettings() {
    }

    static Map<String, String> server() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", "localhost");
        settings.put("timezone", "UTC");
        settings.put("max_connections", "300");
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        settings.put("wal_level", "replica");
        settings.put("archive_mode", "on");
        settings.put("archive_command", ARCHIVE_COMMAND);
        // A quiet demo still gets its last changes archived within a quarter of an hour.
        settings.put("archive_timeout", "15min");
        // A large load (the city or national demo set, an import) checkpoints by time instead of every gigabyte:
        // after each checkpoint the first write to every index page logs the whole page, so at 1 GB a national
        // load wrote about ten times its data to the WAL and the archive. Daily work never reaches this size
        // between two timed checkpoints, so a crash's recovery stays as short as before.
        settings.put("max_wal_size", "8GB");
        return settings;
    }

    static Path dataDirectory(Path home) {
        return home.resolve(DATA_DIRECTORY);
    }

    static Path archive(Path home) {
        return home.resolve(ARCHIVE_DIRECTORY);
    }

    static Path serverLog(Path home) {
        return home.resolve(SERVER_LOG);
    }

    /** The options for {@code pg_ctl -o}, which hands them to a shell: every word quoted. */
    static String commandLine(int port, Map<String, String> settings) {
        return "-p " + port + " " + settings.entrySet().stream()
                .map(e -> "-c " + quoted(e.getKey() + "=" + e.getValue()))
                .collect(Collectors.joining(" "));
    }

    /** A value as zonky puts it after {@code -c key=} into the same shell line. */
    static String quotedValue(String value) {
        return value.matches("[A-Za-z0-9_.:/-]+") ? value : quoted(value);
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}
