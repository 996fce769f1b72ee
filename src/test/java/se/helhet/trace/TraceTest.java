package se.helhet.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;

@HelhetTest
class TraceTest {

    @LocalServerPort
    int port;

    /** The application's own connection pool: the database user every request runs as. */
    @Autowired
    DataSource dataSource;

    @Autowired
    @FlywayDataSource
    DataSource migrationDataSource;

    private UUID register(String number) {
        var created = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'Spårad', 'familyName': 'Person'}", number));
        return UUID.fromString(created.json().get("id").asString());
    }

    @Test
    void everyReadOfAPersonIsInTheTraceWithUserAndChannel() {
        String number = TestNumbers.unused();
        UUID id = register(number);

        Api.as(port, "socsek").get("/api/v1/persons/" + id);
        Api.as(port, "chef").get("/api/v1/persons/" + id);
        Api.as(port, "chef").get("/api/v1/persons?q=" + number);

        var jdbc = new JdbcTemplate(dataSource);
        var rows = jdbc.queryForList(
                "select username, action, channel, person_ref from trace where person_id = ? order by id", id);
        assertThat(rows).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("channel"))
                .containsExactly(
                        "mottagning CREATE POST /api/v1/persons",
                        "chef READ GET /api/v1/persons/" + id,
                        "chef SEARCH GET /api/v1/persons");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("person_ref"))
                .isEqualTo(number.substring(0, 8) + "-" + number.substring(8)));
    }

    @Test
    void searchedNumberIsNotStoredInTheChannel() {
        String number = TestNumbers.unused();
        UUID id = register(number);

        Api.as(port, "mottagning").get("/api/v1/persons?q=" + number);

        var channels = new JdbcTemplate(dataSource).queryForList(
                "select channel from trace where person_id = ?", String.class, id);
        assertThat(channels).noneMatch(c -> c.contains(number.substring(2, 8)));
    }

    @Test
    void traceRowsCannotBeUpdatedOrDeletedByTheApplicationsDatabaseUser() {
        register(TestNumbers.unused());
        var jdbc = new JdbcTemplate(dataSource);
        long rows = jdbc.queryForObject("select count(*) from trace", Long.class);

        assertThatThrownBy(() -> jdbc.update("update trace set username = 'someone_else'"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from trace"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("truncate trace"))
                .rootCause().hasMessageContaining("permission denied");
        assertThat(jdbc.queryForObject("select count(*) from trace", Long.class)).isEqualTo(rows);
    }

    @Test
    void evenTheSchemaOwnerCannotChangeTheTrace() {
        register(TestNumbers.unused());
        var owner = new JdbcTemplate(migrationDataSource);

        assertThatThrownBy(() -> owner.update("update trace set username = 'someone_else'"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from trace")).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theApplicationsDatabaseUserDeletesNothingAtAll() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThatThrownBy(() -> jdbc.update("delete from person where false"))
                .rootCause().hasMessageContaining("permission denied");
    }
}
