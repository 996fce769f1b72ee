package se.helhet.platform;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(HelhetProperties properties) {
        return DatabaseServer.start(properties);
    }

    /**
     * The pool is sized for the database's cores, not for the users: PostgreSQL does the most work with about two
     * to four busy connections per core, and more only queue inside it. Several Helhet servers on one database
     * share its cores: give each {@code HELHET_DB_POOL_SIZE} = its share (docs/operations.md).
     */
    static int poolSize(int configured) {
        return configured > 0 ? configured : Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseServer server, StatementTimeout statementTimeout,
                                @Value("${helhet.database.pool-size:0}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("helhet");
        config.setDataSource(statementTimeout.connections(postgres(server.application()), postgres(server.application())));
        config.setMaximumPoolSize(poolSize(poolSize));
        // With the database away, or every connection busy under load, a request waits this long for a
        // connection, then answers 503 with Retry-After, instead of hanging for Hikari's default 30 s. The pool
        // itself stays open and refills when the database is back.
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(1_000);
        return new HikariDataSource(config);
    }

    private static PGSimpleDataSource postgres(DatabaseServer.Account account) {
        var postgres = new PGSimpleDataSource();
        postgres.setURL(account.url());
        postgres.setUser(account.user());
        postgres.setPassword(account.password());
        // A request that stops half-way through a transaction must not hold its connection and locks for long.
        postgres.setOptions("-c idle_in_transaction_session_timeout=60s");
        postgres.setConnectTimeout(3);
        // A search writes one access-log row per person shown: send the batch as one multi-row insert.
        postgres.setReWriteBatchedInserts(true);
        return postgres;
    }

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(DatabaseServer server) {
        var account = server.migration();
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), account.url());
        dataSource.setUsername(account.user());
        dataSource.setPassword(account.password());
        return dataSource;
    }
}
