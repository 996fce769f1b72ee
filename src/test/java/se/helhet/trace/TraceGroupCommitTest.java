package se.helhet.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.access.CurrentUser;
import se.helhet.platform.Chains;
import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;
import se.helhet.support.WebSession;

/**
 * Concurrent requests commit their access-log rows together (ADR 21), and none is answered before its rows are
 * committed. The chain's head is held from outside meanwhile, as a slow commit would hold it, so that the requests
 * are sure to meet at the writer.
 */
@HelhetTest
class TraceGroupCommitTest {

    private static final int REQUESTS = 8;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Chains chains;

    @Autowired
    TraceWriter writer;

    @Test
    void concurrentPagesAreAnsweredOnlyOnceTheirRowsAreCommittedTogether() throws Exception {
        String number = TestNumbers.unused();
        String id = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'Samlad', 'familyName': 'Skrivning'}", number))
                .json().get("id").asString();
        List<WebSession> readers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            readers.add(WebSession.loggedInAs(port, "mottagning"));
        }

        List<Future<WebSession.Page>> pages = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            try (Connection head = holdTheHead()) {
                readers.forEach(reader -> pages.add(pool.submit(() -> reader.get("/personer/" + id))));
                awaitAWriterAtTheHead();
                Thread.sleep(Duration.ofSeconds(2));

                assertThat(pages).noneMatch(Future::isDone);
                head.rollback();
            }
            for (Future<WebSession.Page> page : pages) {
                assertThat(page.get().status()).isEqualTo(200);
            }
        }

        var rows = new JdbcTemplate(dataSource).queryForList("""
                select at, username, channel from trace
                where person_id = ?::uuid and action = 'READ' and record_type = 'person'""", id);
        assertThat(rows).hasSize(REQUESTS).allSatisfy(r -> {
            assertThat(r.get("username")).isEqualTo("mottagning");
            assertThat(r.get("channel")).isEqualTo("GET /personer/" + id);
        });
        assertThat(rows.stream().map(r -> r.get("at")).distinct().count())
                .as("commits for %d requests", REQUESTS).isLessThan(REQUESTS);
        assertThat(chains.verify().intact()).isTrue();
    }

    @Test
    void rowsTheDatabaseRefusesFailOnlyTheirOwnRequest() throws Exception {
        CurrentUser reader = new CurrentUser(UUID.randomUUID(), "gruppskrivare", "Grupp Skrivare", Set.of(), List.of(),
                false);
        CurrentUser nameless = new CurrentUser(UUID.randomUUID(), null, "Utan Namn", Set.of(), List.of(), false);
        String record = UUID.randomUUID().toString();

        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first;
            Future<?> refused;
            Future<?> last;
            try (Connection head = holdTheHead()) {
                first = pool.submit(() -> writer.write(List.of(row(reader, record))));
                awaitAWriterAtTheHead();
                refused = pool.submit(() -> writer.write(List.of(row(nameless, record))));
                last = pool.submit(() -> writer.write(List.of(row(reader, record))));
                Thread.sleep(Duration.ofSeconds(1));
                head.rollback();
            }
            first.get();
            last.get();
            assertThatThrownBy(refused::get).hasCauseInstanceOf(DataIntegrityViolationException.class);
        }

        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from trace where record_id = ?", Long.class, record)).isEqualTo(2);
        assertThat(chains.verify().intact()).isTrue();
    }

    private static TraceRow row(CurrentUser user, String record) {
        return new TraceRow(user, TracedAction.READ, "person", record, new TracedPerson(null, "19121212-1212"),
                "internal", null);
    }

    private Connection holdTheHead() throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("select 1 from chain_head where chain = 'trace' for update");
        }
        return connection;
    }

    private void awaitAWriterAtTheHead() throws InterruptedException {
        var jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < 600; i++) {
            Long waiting = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query like '%clock_timestamp() as now from chain_head%'""",
                    Long.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no writer came to the chain's head within 30 s");
    }
}
