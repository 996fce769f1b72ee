package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

/**
 * The indicators of reports, investigations and interventions count the projection the database keeps; it must hold
 * exactly what its views count from the case tables, after the demo's history was loaded in bulk and after work
 * done one request at a time, each of which changes some child's counted things.
 */
@HelhetTest
class IndicatorProjectionTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void theProjectionHoldsWhatItsViewsCountAfterTheDemoHistoryAndNewWork() {
        Work work = new Work(port);
        var first = CaseFlow.investigated(port, 8, "Vera", "ORANGE");
        String decision = work.decided(first.matterId(), "GRANTED", "FAMILY_TREATMENT");
        work.intervention(first.matterId(), "FAMILY_TREATMENT", decision, "accept", "start");
        work.intervention(first.matterId(), "FAMILY_TREATMENT", decision, "accept", "start", "complete");
        work.reportedAgainAndInvestigated(first.childId());
        work.livesIn(first.childId(), "ekdalen");
        var second = CaseFlow.investigated(port, 15, "Otto", "ORANGE");
        work.decided(second.matterId(), "NO_INTERVENTION", null);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String kind : new String[] {"report_child", "investigation", "intervention", "referral"}) {
            String table = "indicator_" + kind;
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isGreaterThan(0);
            assertThat(jdbc.queryForList("""
                    (select 'kept, not counted' as difference, * from %1$s except select 'kept, not counted', *
                     from %1$s_counted)
                    union all
                    (select 'counted, not kept', * from %1$s_counted except select 'counted, not kept', * from %1$s)
                    """.formatted(table))).as(table).isEmpty();
        }
    }

    @Test
    void aChildsMoveIntoThePilotAreaMovesTheirCountedWorkThere() {
        String today = LocalDate.now().toString();
        var opened = CaseFlow.investigated(port, 11, "Nils", "ORANGE");
        new Work(port).decided(opened.matterId(), "NO_INTERVENTION", null);
        String query = "/api/v1/indicators?from=" + today + "&to=" + today + "&area=PILOT&ageGroup=ALL";
        long before = Api.as(port, "chef").get(query).json().valueStream()
                .filter(i -> i.get("code").asString().equals("CLOSED_WITHIN_60_DAYS"))
                .findFirst().orElseThrow().get("denominator").asLong();

        new Work(port).livesIn(opened.childId(), "ekdalen");

        long after = Api.as(port, "chef").get(query).json().valueStream()
                .filter(i -> i.get("code").asString().equals("CLOSED_WITHIN_60_DAYS"))
                .findFirst().orElseThrow().get("denominator").asLong();
        assertThat(after - before).isEqualTo(1);
    }
}
