package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/** A page costs no write of its session while the session's last access is less than a minute old (ADR 20). */
@HelhetTest
class SessionLastAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aSessionIsWrittenAgainOnlyWhenItsLastAccessIsAMinuteOld() {
        var jdbc = new JdbcTemplate(dataSource);
        WebSession session = WebSession.loggedInAs(port, "chef");
        assertThat(session.get("/personer/ny").status()).isEqualTo(200);
        Map<String, Object> first = newestSessionOf(jdbc, "chef");

        assertThat(session.get("/personer/ny").status()).isEqualTo(200);
        assertThat(newestSessionOf(jdbc, "chef").get("last_access_time"))
                .isEqualTo(first.get("last_access_time"));

        jdbc.update("""
                update spring_session set last_access_time = last_access_time - 120000,
                    expiry_time = expiry_time - 120000 where primary_id = ?""", first.get("primary_id"));
        long beforeRequest = System.currentTimeMillis();
        assertThat(session.get("/personer/ny").status()).as("still signed in").isEqualTo(200);

        assertThat((Long) newestSessionOf(jdbc, "chef").get("last_access_time"))
                .isGreaterThanOrEqualTo(beforeRequest - 1_000);
    }

    private static Map<String, Object> newestSessionOf(JdbcTemplate jdbc, String user) {
        return jdbc.queryForMap("""
                select primary_id, last_access_time from spring_session where principal_name = ?
                order by creation_time desc limit 1""", user);
    }
}
