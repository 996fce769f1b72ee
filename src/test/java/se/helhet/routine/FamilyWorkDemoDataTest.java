package se.helhet.routine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

/** The demo shows the family-oriented work: families matching the routine, held and missed stops, the rest. */
@HelhetTest
class FamilyWorkDemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void theDemosFamiliesHaveHeldAndMissedStopsAnalysesDecisionsAndSafetyRatings() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from routine_match", Long.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from stop_consultation", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from adult_decision", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from joint_commission", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(distinct child_id) from safety_rating", Long.class))
                .isGreaterThanOrEqualTo(3);

        var mine = Api.as(port, "ida.holmberg").get("/api/v1/stops/mine").json();
        assertThat(mine.findValuesAsString("state")).contains("HELD", "PASSED_WITHOUT_CONSULTATION", "AHEAD");
        var socsek = Api.as(port, "socsek").get("/api/v1/stops/mine");
        assertThat(socsek.status()).isEqualTo(200);
    }
}
