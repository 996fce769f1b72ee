package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.zaxxer.hikari.HikariDataSource;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * Once Helhet serves, a statement that runs past {@code helhet.database.statement-timeout} (here 2 s) is ended by
 * the database: its user gets 503 with a hint to try again, on the pages and the API, and the same page is served
 * again once its statements run in time. The bound holds for every statement on the pool's connections.
 */
@HelhetTest
@TestPropertySource(properties = {"helhet.database.statement-timeout=2s", "helhet.demo.children=40"})
class StatementBoundTest {

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource pool;

    @Test
    void aPageWhoseStatementOutrunsTheBoundGets503AndIsServedOnceItRunsInTime() throws Exception {
        WebSession intake = WebSession.loggedInAs(port, "mottagning");
        Api api = Api.as(port, "mottagning");
        assertThat(intake.get("/mottagning").status()).isEqualTo(200);

        try (Connection blocker = pool.getConnection()) {
            blocker.setAutoCommit(false);
            try (var lock = blocker.createStatement()) {
                lock.execute("lock table worklist_waiting_child in access exclusive mode");
            }
            long asked = System.nanoTime();
            var page = intake.get("/mottagning");
            long waited = (System.nanoTime() - asked) / 1_000_000;
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("Tillfälligt otillgänglig");
            assertThat(waited).as("ms until the statement was ended").isBetween(1_800L, 10_000L);

            var answer = api.get("/api/v1/worklists/intake");
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            blocker.rollback();
        }

        assertThat(intake.get("/mottagning").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/worklists/intake").status()).isEqualTo(200);
    }

    @Test
    void everyStatementOnThePoolIsBoundedNotOnlyTheRepositories() throws Exception {
        try (Connection connection = pool.getConnection(); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("select pg_sleep(4)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
        }
    }
}
