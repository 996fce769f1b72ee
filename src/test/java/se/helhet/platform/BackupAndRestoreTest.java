package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.helhet.support.DatabaseProcesses;

class BackupAndRestoreTest {

    private final Path home = Path.of("target/test-home/restore-" + UUID.randomUUID()).toAbsolutePath();
    private final String atHome = "--helhet.home=" + home;

    @AfterEach
    void noServerLeft() {
        assertThat(DatabaseProcesses.postmaster(home.resolve("pgdata"))).as("server left running").isEmpty();
    }

    @Test
    void restoresToAMomentBetweenTwoWritesAndFindsExactlyTheFirst() throws Exception {
        Instant between;
        try (DatabaseServer server = DatabaseServer.start(Homes.demo(home))) {
            execute(server, "create table written (n int)");
            assertThat(DatabaseCommands.run("backup", atHome)).isZero();

            execute(server, "insert into written values (1)");
            between = Instant.now();
            Thread.sleep(20);
            execute(server, "insert into written values (2)");

            assertThat(DatabaseCommands.run("restore", "--to", between.toString(), atHome))
                    .as("refused while Helhet runs on the data directory").isEqualTo(1);
        }

        assertThat(DatabaseCommands.run("restore", "--to", between.toString(), atHome)).isZero();

        try (DatabaseServer server = DatabaseServer.start(Homes.demo(home))) {
            assertThat(written(server)).containsExactly(1);
        }
        assertThat(Files.list(home).map(p -> p.getFileName().toString()))
                .as("the data directory as it was, kept").anyMatch(n -> n.startsWith("pgdata-before-restore-"));
    }

    @Test
    void refusesAMomentBeforeAnyBackup() throws Exception {
        Instant before = Instant.now();
        try (DatabaseServer server = DatabaseServer.start(Homes.demo(home))) {
            assertThat(DatabaseCommands.run("backup", atHome)).isZero();
        }

        assertThat(DatabaseCommands.run("restore", "--to", before.toString(), atHome)).isEqualTo(1);
        assertThat(home.resolve("pgdata/PG_VERSION")).as("the data directory untouched").exists();
    }

    private static void execute(DatabaseServer server, String sql) throws SQLException {
        try (Connection c = connect(server)) {
            c.createStatement().execute(sql);
        }
    }

    private static List<Integer> written(DatabaseServer server) throws SQLException {
        List<Integer> rows = new ArrayList<>();
        try (Connection c = connect(server); var r = c.createStatement().executeQuery("select n from written order by n")) {
            while (r.next()) {
                rows.add(r.getInt(1));
            }
        }
        return rows;
    }

    private static Connection connect(DatabaseServer server) throws SQLException {
        var account = server.migration();
        return DriverManager.getConnection(account.url(), account.user(), account.password());
    }
}
