package se.helhet.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Where the database is and how Helhet reaches it: two accounts, the owner that migrates the schema and
 * the application user that may read and write but never delete or change the trace.
 */
final class DatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);
    private static final String DATABASE = "helhet";

    private final EmbeddedPostgres embedded;
    private final Account application;
    private final Account migration;

    record Account(String url, String user, String password) {
        @Override
        public String toString() {
            return "Account[" + url + ", " + user + "]";
        }
    }

    private DatabaseServer(EmbeddedPostgres embedded, Account application, Account migration) {
        this.embedded = embedded;
        this.application = application;
        this.migration = migration;
    }

    public static DatabaseServer start(HelhetProperties properties) {
        ModeRules.check(properties);
        HelhetProperties.Database db = properties.database();
        if (!db.embedded()) {
            Account app = new Account(db.url(), db.appUser(), db.appPassword());
            boolean separateOwner = db.migrationUser() != null && !db.migrationUser().isBlank();
            return new DatabaseServer(null, app,
                    separateOwner ? new Account(db.url(), db.migrationUser(), db.migrationPassword()) : app);
        }
        return startEmbedded(properties.home().resolve("pgdata"), db.appUser());
    }

    private static DatabaseServer startEmbedded(Path dataDirectory, String appUser) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.stopIfRunning(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabaseAndUser(postgres, appUser);
            String url = postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
            log.info("Inbyggd PostgreSQL startad på port {} med data i {}", postgres.getPort(), dataDirectory);
            return new DatabaseServer(postgres, new Account(url, appUser, ""), new Account(url, "postgres", ""));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseAndUser(EmbeddedPostgres postgres, String appUser) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase(Map.of()).getConnection();
             Statement s = c.createStatement()) {
            var exists = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
            var role = s.executeQuery("select 1 from pg_roles where rolname = '" + appUser.replace("'", "''") + "'");
            if (!role.next()) {
                s.execute("create role \"" + appUser.replace("\"", "") + "\" login");
            }
        }
    }

    public Account application() {
        return application;
    }

    public Account migration() {
        return migration;
    }

    public boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
