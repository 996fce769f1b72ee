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
