package se.helhet.support;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

import se.helhet.HelhetApplication;
import se.helhet.platform.HelhetProperties;

/**
 * A second Helhet server beside a running one, on a port of its own, over the first one's database as an
 * external PostgreSQL and with its chain key: two servers as behind a load balancer.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondNode beside(ApplicationContext first) {
        String url;
        String user;
        // The pool is built on a data source, not a URL: the address and the account are the first node's connection's.
        try (Connection connection = first.getBean(HikariDataSource.class).getConnection()) {
            url = connection.getMetaData().getURL().replaceFirst("\\?.*$", "");
            user = connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        HelhetProperties properties = first.getBean(HelhetProperties.class);
        return new SecondNode(new SpringApplicationBuilder(HelhetApplication.class).run(
                "--helhet.mode=demo",
                "--helhet.home=" + properties.home().toAbsolutePath(),
                "--helhet.database.url=" + url,
                "--helhet.database.app-user=" + user,
                "--helhet.database.migration-user=helhet_owner",
                "--server.port=0",
                "--logging.level.se.helhet=WARN"));
    }

    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
