package se.helhet.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write Helhet has answered must survive a crash of the database. That depends on the server's settings
 * as the application's own account sees them (a role or a database can change {@code synchronous_commit}),
 * so they are read over that account's connection at every start, from whichever database is used.
 */
final class DurabilityCheck {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

    private DurabilityCheck() {
    }

    static void check(DatabaseServer.Account account, boolean demo) {
        try (Connection connection = DriverManager.getConnection(account.url(), account.user(), account.password())) {
            check(connection, demo);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's settings as " + account.user(), e);
        }
    }

    /** Refuses production with commits that are not durable; in demo mode says so in the log. */
    static List<String> check(Connection connection, boolean demo) throws SQLException {
        List<String> unsafe = new ArrayList<>();
        if (!"on".equals(show(connection, "fsync"))) {
            unsafe.add("fsync=" + show(connection, "fsync"));
        }
        if ("off".equals(show(connection, "synchronous_commit"))) {
            unsafe.add("synchronous_commit=off");
        }
        if (!"on".equals(show(connection, "full_page_writes"))) {
            // Safe on file systems that never write half a page (ZFS), so a warning only.
            log.warn("full_page_writes är avstängt: en halvskriven sida kan inte återskapas efter ett strömavbrott"
                    + " om inte filsystemet skyddar mot det");
        }
        if (unsafe.isEmpty()) {
            return unsafe;
        }
        if (!demo) {
            throw new UnsafeConfigurationException(
                    "the database does not commit durably (" + String.join(", ", unsafe) + "): a crash could lose"
                            + " changes Helhet has already confirmed.",
                    "Set fsync = on and synchronous_commit = on (or local, remote_write, remote_apply) in the"
                            + " database server's configuration, and for Helhet's role and database.");
        }
        log.warn("Databasen bekräftar skrivningar innan de är säkra på disk ({}): en krasch kan förlora dem",
                String.join(", ", unsafe));
        return unsafe;
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
