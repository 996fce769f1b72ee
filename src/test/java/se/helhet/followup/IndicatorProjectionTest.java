package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.matter.MatterKind;
import se.helhet.routine.Families;
import se.helhet.support.AdultMatters;
import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

/**
 * The indicators of reports, investigations, interventions, referrals, outcomes, placements, stops and young adults'
 * matters count the projection the database keeps; it must hold exactly what its views count from the case tables, after the demo's
 * history was loaded in bulk and after work done one request at a time, each of which changes some child's (or some
 * family's) counted things.
 */
@HelhetTest
class IndicatorProjectionTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

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
        Families family = Families.withViolenceMatterOpened(port, context, "Vilma", LocalDate.now().minusDays(30));
        consulted(stopId(family.mother(), "Gemensam bedömning och barnkonsekvensanalys"), LocalDate.now().minusDays(3));
        decidedForTheAdult(family.violenceMatter(), LocalDate.now().minusDays(2));
        String young = Children.aChild(port, 19, "Ylva");
        AdultMatters.open(context, young, MatterKind.FINANCIAL_AID, "Ekonomiskt bistånd", "hodan.farah");

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // Every table beside its view, as the demo's load rebuilds them (indicator_rebuild_all): a table that load
        // left stale or empty holds none of the district's history, which the new work above does not touch.
        var tables = jdbc.queryForList("""
                select t.relname from pg_class t join pg_class v on v.relname = t.relname || '_counted'
                 and v.relnamespace = t.relnamespace and v.relkind = 'v'
                where t.relnamespace = 'public'::regnamespace and t.relkind = 'r' and t.relname like 'indicator\\_%'
                """, String.class);
        assertThat(tables).contains("indicator_report_child", "indicator_investigation", "indicator_intervention",
                "indicator_referral", "indicator_outcome", "indicator_stop", "indicator_young_adult_matter");
        for (String table : tables) {
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

    @Test
    void aStopCountsOnTheDayItFellDueAndIsHeldInTimeWhenConsultedByThen() {
        LocalDate matched = LocalDate.now().minusDays(20);
        String period = "/api/v1/indicators?from=" + matched + "&to=" + LocalDate.now() + "&area=ALL&ageGroup=ALL";
        JsonNode before = stopsHeldInTime(period);

        Families family = Families.withViolenceMatterOpened(port, context, "Hilma", matched);
        JsonNode passed = stopsHeldInTime(period);
        consulted(stopId(family.mother(), "Gemensam bedömning och barnkonsekvensanalys"), LocalDate.now().minusDays(2));
        decidedForTheAdult(family.violenceMatter(), LocalDate.now().minusDays(1));
        JsonNode decided = stopsHeldInTime(period);

        // The first consultation's five working days passed without one; the decision's stop was consulted first.
        assertThat(moved(before, passed, "denominator")).isEqualTo(1);
        assertThat(moved(before, passed, "numerator")).isZero();
        assertThat(moved(passed, decided, "denominator")).isEqualTo(1);
        assertThat(moved(passed, decided, "numerator")).isEqualTo(1);
    }

    private JsonNode stopsHeldInTime(String query) {
        var response = Api.as(port, "chef").get(query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().filter(i -> i.get("code").asString().equals("STOPS_HELD_IN_TIME"))
                .findFirst().orElseThrow();
    }

    private static long moved(JsonNode before, JsonNode after, String field) {
        return after.get(field).asLong() - before.get(field).asLong();
    }

    private String stopId(String personId, String name) {
        var stops = Api.as(port, "ida.holmberg").get("/api/v1/stops?personId=" + personId);
        assertThat(stops.status()).as(stops.body()).isEqualTo(200);
        for (JsonNode stop : stops.json().get(0).get("stops")) {
            if (stop.get("name").asString().equals(name)) {
                return stop.get("id").asString();
            }
        }
        throw new AssertionError("No stop " + name);
    }

    private void consulted(String stopId, LocalDate on) {
        var held = Api.as(port, "ida.holmberg").post("/api/v1/stops/" + stopId + "/consultations", Api.json(
                "{'heldOn': '%s', 'participantIds': ['%s', '%s'], 'agreed': 'Vi delar upp samtalen med barnet.'}",
                on, StaffIds.of(port, "ida.holmberg"), StaffIds.of(port, "mottagning")));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
    }

    private void decidedForTheAdult(String matterId, LocalDate on) {
        var decided = Api.as(port, "ida.holmberg").post("/api/v1/matters/" + matterId + "/adult-decisions", Api.json(
                "{'decidedOn': '%s', 'subject': 'Stödsamtal', 'outcome': 'GRANTED', 'reasons': 'Behov av stöd.'}", on));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }
}
