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
 * the application user that may read and write but never delete or change the trace. Neither is a superuser,
 * in the embedded database too.
 */
final class DatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);
    private static final String DATABASE = "helhet";
    /**
     * The embedded schema's owner, as in production neither superuser nor replication role: it cannot switch
     * every trigger off for its session, only those of its own tables, which the hash chains detect (ADR 8).
     */
    static final String OWNER = "helhet_owner";
    /** Schemas migrated by the superuser before the owner existed are handed over to it, once. */
    private static final String HAND_OVER = """
            do $$
            declare
                r record;
            begin
                for r in select c.oid::regclass as name, c.relkind from pg_class c
                         join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                           and c.relowner = 'postgres'::regrole
                           and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
                loop
                    execute format('alter %s %s owner to helhet_owner',
                        case r.relkind when 'S' then 'sequence' when 'v' then 'view'
                                       when 'm' then 'materialized view' else 'table' end, r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                         where n.nspname = 'public' and p.proowner = 'postgres'::regrole
                loop
                    execute format('alter function %s owner to helhet_owner', r.name);
                end loop;
            end;
            $$""";

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
            createDatabaseAndUsers(postgres, appUser);
            Map<String, String> settings = EmbeddedSettings.server();
            PostgresBinaries binaries = PostgresBinaries.usedBy(dataDirectory).orElseThrow(() ->
                    new IllegalStateException("postmaster.opts in " + dataDirectory + " names no pg_ctl"));
            var watch = new EmbeddedServerWatch(binaries, dataDirectory, EmbeddedSettings.serverLog(home),
                    EmbeddedSettings.commandLine(postgres.getPort(), settings)).start();
            String url = postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
            log.info("Inbyggd PostgreSQL startad på port {} med data i {}", postgres.getPort(), dataDirectory);
            return new DatabaseServer(postgres, watch, new Account(url, appUser, ""), new Account(url, OWNER, ""));
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

    private static void createDatabaseAndUsers(EmbeddedPostgres postgres, String appUser) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase(Map.of()).getConnection();
             Statement s = c.createStatement()) {
            for (String role : new String[] {OWNER, appUser}) {
                var exists = s.executeQuery("select 1 from pg_roles where rolname = '" + role.replace("'", "''") + "'");
                if (!exists.next()) {
                    s.execute("create role \"" + role.replace("\"", "") + "\" login nosuperuser nocreatedb nocreaterole"
                            + " noreplication nobypassrls");
                }
            }
            var exists = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
            } else {
                s.execute("alter database " + DATABASE + " owner to " + OWNER);
            }
        }
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
             Statement s = c.createStatement()) {
            s.execute(HAND_OVER);
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
