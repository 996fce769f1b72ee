package se.helhet.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * What a superuser of the database server can do that Helhet's accounts cannot: change rows with every
 * trigger switched off for its session ({@code session_replication_role = replica}). One connection, kept
 * open, so that the setting holds for every statement; the test puts each change back, since the test
 * context's database is shared.
 */
public final class PastTheTriggers implements AutoCloseable {

    private final Connection connection;

    /** As the embedded server's superuser, on the database the application's pool connects to. */
    public PastTheTriggers(DataSource application) throws SQLException {
        String url;
        try (Connection pooled = application.getConnection()) {
            url = pooled.getMetaData().getURL();
        }
        this.connection = DriverManager.getConnection(url, "postgres", "");
        connection.setAutoCommit(true);
        execute("set session_replication_role = replica");
    }

    public long execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            if (statement.execute()) {
                try (var rs = statement.getResultSet()) {
                    return rs.next() ? rs.getLong(1) : -1;
                }
            }
            return statement.getUpdateCount();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            execute("set session_replication_role = origin");
        } finally {
            connection.close();
        }
    }
}
