package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import se.helhet.support.DatabaseProcesses;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseTest {

    private final Path home = Path.of("target/test-home/embedded-" + UUID.randomUUID()).toAbsolutePath();
    private DatabaseServer server;

    @BeforeAll
    void start() {
        server = DatabaseServer.start(Homes.demo(home));
    }

    @AfterAll
    void stop() {
        server.close();
        assertThat(DatabaseProcesses.postmaster(home.resolve("pgdata"))).as("server left running").isEmpty();
    }

    @Test
    void commitsDurablyAndArchivesItsWal() throws SQLException {
        try (Connection c = connect(server.application())) {
            assertThat(show(c, "fsync")).isEqualTo("on");
            assertThat(show(c, "synchronous_commit")).isEqualTo("on");
            assertThat(show(c, "full_page_writes")).isEqualTo("on");
            assertThat(show(c, "archive_mode")).isEqualTo("on");
        }
    }

    /** The settings are read as the application's account sees them: a role can turn synchronous commit off. */
    @Test
    void productionRefusesARoleThatCommitsAsynchronously() throws SQLException {
        try (Connection superuser = connect(superuser())) {
            superuser.createStatement().execute("create role hasty login");
            superuser.createStatement().execute("alter role hasty set synchronous_commit = off");
        }
        var hasty = new DatabaseServer.Account(server.application().url(), "hasty", "");

        assertThatThrownBy(() -> DurabilityCheck.check(hasty, false))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("synchronous_commit=off");
    }

    @Test
    void startsItsServerAgainWhenItsProcessesAreKilled() throws Exception {
        try (Connection c = connect(server.migration())) {
            c.createStatement().execute("create table kept (n int)");
            c.createStatement().execute("insert into kept values (1)");
        }
        long killed = DatabaseProcesses.postmaster(home.resolve("pgdata")).orElseThrow().pid();

        DatabaseProcesses.kill(home.resolve("pgdata"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Integer found = null;
        while (found == null && Instant.now().isBefore(deadline)) {
            try (Connection c = connect(server.migration());
                 var r = c.createStatement().executeQuery("select n from kept")) {
                r.next();
                found = r.getInt(1);
            } catch (SQLException stillDown) {
                Thread.sleep(250);
            }
        }
        assertThat(found).as("the row, after the restart on the same port").isEqualTo(1);
        assertThat(DatabaseProcesses.postmaster(home.resolve("pgdata")).orElseThrow().pid()).isNotEqualTo(killed);
    }

    /**
     * The schema's owner, as in production, may neither switch every trigger off for its session nor replicate;
     * a table's owner may still disable that table's triggers, which the hash chains detect (ADR 8).
     */
    @Test
    void neitherTheOwnerNorTheApplicationIsASuperuser() throws SQLException {
        for (DatabaseServer.Account account : new DatabaseServer.Account[] {server.migration(), server.application()}) {
            try (Connection c = connect(account);
                 var r = c.createStatement().executeQuery(
                         "select rolsuper, rolreplication, rolbypassrls from pg_roles where rolname = current_user")) {
                r.next();
                assertThat(r.getBoolean(1) || r.getBoolean(2) || r.getBoolean(3)).as(account.user()).isFalse();
                assertThatThrownBy(() -> c.createStatement().execute("set session_replication_role = replica"))
                        .as(account.user()).hasMessageContaining("permission denied");
            }
        }
        assertThat(server.migration().user()).isEqualTo(DatabaseServer.OWNER);
    }

    private DatabaseServer.Account superuser() {
        return new DatabaseServer.Account(server.application().url(), "postgres", "");
    }

    private static Connection connect(DatabaseServer.Account account) throws SQLException {
        return DriverManager.getConnection(account.url(), account.user(), account.password());
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (var r = c.createStatement().executeQuery("show " + setting)) {
            r.next();
            return r.getString(1);
        }
    }
}
