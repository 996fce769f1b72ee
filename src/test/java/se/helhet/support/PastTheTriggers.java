package se.helhet.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * What the owner of the database can do that Helhet's own account cannot: change rows with the triggers
 * switched off for its session ({@code session_replication_role = replica}), as a superuser or a table owner
 * who has the right to. One connection, kept open, so that the setting holds for every statement; and a way
 * to put each change back, since the test context's database is shared.
 */
public final class PastTheTriggers implements AutoCloseable {

    private final Connection connection;

    public PastTheTriggers(DataSource owner) throws SQLException {
        this.connection = owner.getConnection();
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
