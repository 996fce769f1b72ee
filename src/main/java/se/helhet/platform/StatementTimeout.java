package se.helhet.platform;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Once Helhet serves, no statement may run longer than {@code helhet.database.statement-timeout} (default 15 s):
 * a page that has grown slow then gives its connection back instead of keeping it from every other page, and
 * its user gets 503 with a hint to try again ({@link DatabaseOutage}). The start-up work before (the demo data,
 * at city scale minutes of COPY) runs without it. Every repository's statements go through the one
 * {@link JdbcTemplate} under {@code JdbcClient}, so the bound holds for all of them; the driver cancels a
 * statement on the server when its time is up.
 */
@Component
class StatementTimeout {

    private final JdbcTemplate jdbc;
    private final Duration limit;

    StatementTimeout(JdbcTemplate jdbc, @Value("${helhet.database.statement-timeout:15s}") Duration limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bound() {
        jdbc.setQueryTimeout((int) Math.max(1, limit.toSeconds()));
    }
}
