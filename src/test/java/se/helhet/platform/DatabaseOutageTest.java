package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void aPoolThatFindsNoDatabaseIsAnOutageHoweverItIsWrapped() {
        var timedOut = new SQLTransientConnectionException("helhet - Connection is not available, request timed out");
        var login = new InternalAuthenticationServiceException("lookup failed",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timedOut));

        assertThat(DatabaseOutage.causes(login)).isTrue();
    }

    @Test
    void aServerShuttingDownOrBreakingTheConnectionIsAnOutage() {
        assertThat(DatabaseOutage.causes(new DataAccessResourceFailureException("query",
                new SQLException("terminating connection due to unexpected postmaster exit", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("An I/O error occurred", "08006"))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aStatementCancelledWhenItsTimeRanOutIsAnOutageNotAnError() {
        assertThat(DatabaseOutage.causes(new QueryTimeoutException("select",
                new SQLException("canceling statement due to user request", "57014")))).isTrue();
    }

    @Test
    void aFailedRollbackOnAThrownAwayConnectionIsJudgedByWhatCausedIt() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("insert",
                new SQLException("terminating connection due to unexpected postmaster exit", "57P01")));

        assertThat(DatabaseOutage.causes(rollback)).isTrue();
    }

    @Test
    void aCommitThatBrokeOffAndWhoseRollbackFailedIsAnOutage() {
        assertThat(DatabaseOutage.causes(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseOutage.causes(new TransactionSystemException("no transaction in progress"))).isFalse();
    }

    @Test
    void aRefusedStatementIsNoOutage() {
        assertThat(DatabaseOutage.causes(new DuplicateKeyException("person",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("a bug"))).isFalse();
    }
}
