package se.helhet.platform;

import javax.sql.DataSource;

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

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("helhet");
        config.setJdbcUrl(server.application().url());
        config.setUsername(server.application().user());
        config.setPassword(server.application().password());
        config.setMaximumPoolSize(12);
        // With the database away a request waits this long for a connection, then answers 503, instead of
        // hanging for Hikari's default 30 s. The pool itself stays open and refills when the database is back.
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(1_000);
        config.addDataSourceProperty("connectTimeout", "3");
        // A search writes one access-log row per person shown: send the batch as one multi-row insert.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
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
