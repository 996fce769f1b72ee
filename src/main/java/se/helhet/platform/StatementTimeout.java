package se.helhet.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Once Helhet serves, no statement may run longer than {@code helhet.database.statement-timeout} (default 15 s):
 * a page that has grown slow then gives its connection back instead of keeping it from every other page, and
 * its user gets 503 with a hint to try again ({@link DatabaseOutage}). The start-up work before (the demo data,
 * at city scale minutes of COPY) runs without it. The server keeps the bound, as {@code statement_timeout} in
 * each pooled connection's start-up options, so it holds for every statement on the pool and costs nothing per
 * statement (a bound kept by the driver schedules and cancels a timer task for each one, about a tenth of the
 * JVM's work at 32 users). The pool's connections are made without it until Helhet serves, then replaced.
 */
@Component
class StatementTimeout {

    private final Duration limit;
    private final ObjectProvider<HikariDataSource> pool;
    private volatile boolean serving;

    StatementTimeout(@Value("${helhet.database.statement-timeout:15s}") Duration limit,
                     ObjectProvider<HikariDataSource> pool) {
        this.limit = limit;
        this.pool = pool;
    }

    /**
     * The connections for the pool: {@code unbounded}'s before Helhet serves; after, those of {@code bounded}, which
     * is configured alike and given the bound here.
     */
    DataSource connections(PGSimpleDataSource unbounded, PGSimpleDataSource bounded) {
        bounded.setOptions(bounded.getOptions() + " -c statement_timeout=" + Math.max(1, limit.toMillis()));
        return new DelegatingDataSource(unbounded) {
            @Override
            public Connection getConnection() throws SQLException {
                return serving ? bounded.getConnection() : super.getConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return serving ? bounded.getConnection(username, password) : super.getConnection(username, password);
            }
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    void bound() {
        serving = true;
        // Connections in use are replaced as they come back, idle ones at once.
        pool.getObject().getHikariPoolMXBean().softEvictConnections();
    }
}
