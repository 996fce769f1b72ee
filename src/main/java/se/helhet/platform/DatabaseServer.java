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
    private final EmbeddedServerWatch watch;
    private final Account application;
    private final Account migration;

    record Account(String url, String user, String password) {
        @Override
        public String toString() {
            return "Account[" + url + ", " + user + "]";
        }
    }

    private DatabaseServer(EmbeddedPostgres embedded, EmbeddedServerWatch watch, Account application,
                           Account migration) {
        this.embedded = embedded;
        this.watch = watch;
        this.application = application;
        this.migration = migration;
    }

    public static DatabaseServer start(HelhetProperties properties) {
        ModeRules.check(properties);
        HelhetProperties.Database db = properties.database();
        DatabaseServer server;
        if (db.embedded()) {
            server = startEmbedded(properties.home(), db.appUser());
        } else {
            Account app = new Account(db.url(), db.appUser(), db.appPassword());
            boolean separateOwner = db.migrationUser() != null && !db.migrationUser().isBlank();
            server = new DatabaseServer(null, null, app,
                    separateOwner ? new Account(db.url(), db.migrationUser(), db.migrationPassword()) : app);
        }
        try {
            DurabilityCheck.check(server.application(), properties.demo());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static DatabaseServer startEmbedded(Path home, String appUser) {
        Path dataDirectory = EmbeddedSettings.dataDirectory(home);
        EmbeddedPostgres postgres = embedded(home, Duration.ofSeconds(60));
        try {
            createDatabaseAndUser(postgres, appUser);
            Map<String, String> settings = EmbeddedSettings.server();
            PostgresBinaries binaries = PostgresBinaries.usedBy(dataDirectory).orElseThrow(() ->
                    new IllegalStateException("postmaster.opts in " + dataDirectory + " names no pg_ctl"));
            var watch = new EmbeddedServerWatch(binaries, dataDirectory, EmbeddedSettings.serverLog(home),
                    EmbeddedSettings.commandLine(postgres.getPort(), settings)).start();
            String url = postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
            log.info("Inbyggd PostgreSQL startad på port {} med data i {}", postgres.getPort(), dataDirectory);
            return new DatabaseServer(postgres, watch, new Account(url, appUser, ""), new Account(url, "postgres", ""));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(postgres);
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Starts the embedded server on HELHET_HOME's data directory (created on the first start) with Helhet's
     * settings; its output goes to {@code postgres.log} beside it.
     */
    static EmbeddedPostgres embedded(Path home, Duration startupWait) {
        Path dataDirectory = EmbeddedSettings.dataDirectory(home);
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(EmbeddedSettings.archive(home));
            LeftoverServer.stopIfRunning(dataDirectory);
            var serverLog = ProcessBuilder.Redirect.appendTo(EmbeddedSettings.serverLog(home).toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOutputRedirector(serverLog)
                    .setErrorRedirector(serverLog)
                    .setPGStartupWait(startupWait);
            EmbeddedSettings.server().forEach((key, value) -> builder.setServerConfig(key, EmbeddedSettings.quotedValue(value)));
            return builder.start();
        } catch (IOException e) {
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
    public void close() {
        if (watch != null) {
            watch.close();
        }
        if (embedded != null) {
            closeQuietly(embedded);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Den inbyggda databasen kunde inte stoppas: {}", e.getMessage());
        }
    }
}
