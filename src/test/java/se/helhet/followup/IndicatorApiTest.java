package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import tools.jackson.databind.JsonNode;

/**
 * The demo history fills the tables, so each test reads the indicators for today, adds known work through
 * the API, reads again and checks that the counts moved by exactly what was added.
 */
@HelhetTest
class IndicatorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final String today = LocalDate.now().toString();

    private Map<String, JsonNode> indicators(String user, String query) {
        var response = Api.as(port, user).get("/api/v1/indicators?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        response.json().forEach(i -> byCode.put(i.get("code").asString(), i));
        return byCode;
    }

    private Map<String, JsonNode> todayForAll() {
        return indicators("chef", "from=" + today + "&to=" + today + "&area=ALL&ageGroup=ALL");
    }

    private static long moved(Map<String, JsonNode> before, Map<String, JsonNode> after, String code, String field) {
        return after.get(code).get(field).asLong() - before.get(code).get(field).asLong();
    }

    @Test
    void anOrangeInvestigationClosedTodayCountsInTheInvestigationIndicators() {
        var before = todayForAll();
        var opened = CaseFlow.investigated(port, 9, "Signe", "ORANGE");
        new Work(port).decided(opened.matterId(), "GRANTED", "FAMILY_TREATMENT");
        var after = todayForAll();

        for (String inTime : new String[] {"CLOSED_WITHIN_60_DAYS", "CLOSED_WITHIN_4_MONTHS", "ORANGE_CLOSED_WITHIN_14_DAYS"}) {
            assertThat(moved(before, after, inTime, "denominator")).as(inTime).isEqualTo(1);
            assertThat(moved(before, after, inTime, "numerator")).as(inTime).isEqualTo(1);
        }
        // Reported by a school, aged 9, and neither a conversation nor a school contact recorded.
        for (String without : new String[] {"CHILD_CONVERSATION", "SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED",
                "REPORT_CHILD_KNOWN_BEFORE", "REACTUALISED"}) {
            assertThat(moved(before, after, without, "denominator")).as(without).isEqualTo(1);
            assertThat(moved(before, after, without, "numerator")).as(without).isZero();
        }
    }

    @Test
    void aChildInvestigatedAgainAfterAClosedInvestigationIsReactualised() {
        var opened = CaseFlow.investigated(port, 12, "Tove", "ORANGE");
        new Work(port).decided(opened.matterId(), "NO_INTERVENTION", null);
        var before = todayForAll();

        new Work(port).reportedAgainAndInvestigated(opened.childId());
        var after = todayForAll();

        assertThat(moved(before, after, "REACTUALISED", "denominator")).isEqualTo(1);
        assertThat(moved(before, after, "REACTUALISED", "numerator")).isEqualTo(1);
    }

    @Test
    void grantedInterventionsCountInAcceptanceCompletionAndWaitingTimes() {
        var before = todayForAll();
        var opened = CaseFlow.investigated(port, 7, "Malte", "ORANGE");
        Work work = new Work(port);
        String decision = work.decided(opened.matterId(), "GRANTED", "FAMILY_TREATMENT");
        work.intervention(opened.matterId(), "FAMILY_TREATMENT", decision, "accept", "start", "complete");
        work.intervention(opened.matterId(), "PARENTING_PROGRAMME", null, "decline");
        var after = todayForAll();

        assertThat(moved(before, after, "INTERVENTION_ACCEPTED", "denominator")).isEqualTo(2);
        assertThat(moved(before, after, "INTERVENTION_ACCEPTED", "numerator")).isEqualTo(1);
        assertThat(moved(before, after, "INTERVENTION_COMPLETED", "denominator")).isEqualTo(1);
        assertThat(moved(before, after, "INTERVENTION_COMPLETED", "numerator")).isEqualTo(1);
        assertThat(moved(before, after, "WAIT_DECISION_TO_START_DAYS", "denominator")).isEqualTo(1);
        assertThat(moved(before, after, "REPORT_TO_FIRST_HELP_DAYS", "denominator")).isEqualTo(1);
        assertThat(after.get("WAIT_DECISION_TO_START_DAYS").get("numerator").isNull()).isTrue();
        assertThat(after.get("WAIT_DECISION_TO_START_DAYS").get("unit").asString()).isEqualTo("DAYS");
    }

    @Test
    void sharesComeWithAWilsonIntervalAndEveryIndicatorWithItsDefinition() {
        var indicators = indicators("chef", "from=2020-01-01&to=" + today + "&area=ALL&ageGroup=ALL");

        JsonNode closed = indicators.get("CLOSED_WITHIN_60_DAYS");
        assertThat(closed.get("unit").asString()).isEqualTo("SHARE");
        double value = closed.get("value").asDouble();
        assertThat(value).isEqualTo(closed.get("numerator").asDouble() / closed.get("denominator").asDouble());
        assertThat(closed.get("lower").asDouble()).isLessThan(value);
        assertThat(closed.get("upper").asDouble()).isGreaterThan(value);
        assertThat(indicators.values()).allSatisfy(i -> assertThat(i.get("definition").asString()).isNotBlank());
        assertThat(indicators.get("IMPROVED_SDQ_TOTAL").get("definition").asString()).contains("minst 3 poäng");
    }

    @Test
    void inEnglishEveryIndicatorHasItsTitleAndDefinitionInEnglish() {
        var english = Api.as(port, "chef").inLanguage("en")
                .get("/api/v1/indicators?from=" + today + "&to=" + today).json();
        Map<String, JsonNode> byCode = new HashMap<>();
        english.forEach(i -> byCode.put(i.get("code").asString(), i));

        assertThat(byCode.get("CHILD_CONVERSATION").get("name").asString())
                .isEqualTo("Investigations with a conversation with the child");
        assertThat(byCode.get("IMPROVED_SDQ_TOTAL").get("definition").asString()).contains("at least 3 points");
        assertThat(byCode.values()).allSatisfy(i -> assertThat(i.get("name").asString() + i.get("definition")
                .asString()).doesNotContainPattern("[åäöÅÄÖ]").doesNotContain("Nämnare", "Täljare"));
        var refused = Api.as(port, "chef").inLanguage("en").get("/api/v1/indicators?from=" + today + "&to="
                + LocalDate.now().minusDays(1) + "&area=NORTH");
        assertThat(refused.json().get("errors").findValuesAsString("message")).containsExactlyInAnyOrder(
                "The end of the period cannot be before its start", "Choose an area: PILOT, ORDINARY or ALL");
    }

    @Test
    void theLevelFilterKeepsTheLevelAnInvestigationWasOpenedAt() {
        String period = "from=" + today + "&to=" + today + "&area=ALL&ageGroup=ALL&level=";
        var orangeBefore = indicators("chef", period + "ORANGE");
        var redBefore = indicators("chef", period + "RED");

        var opened = CaseFlow.investigated(port, 10, "Ebbe", "ORANGE");
        new Work(port).decided(opened.matterId(), "NO_INTERVENTION", null);

        assertThat(moved(orangeBefore, indicators("chef", period + "ORANGE"), "CLOSED_WITHIN_60_DAYS", "denominator"))
                .isEqualTo(1);
        assertThat(moved(redBefore, indicators("chef", period + "RED"), "CLOSED_WITHIN_60_DAYS", "denominator"))
                .isZero();
        var wrong = Api.as(port, "chef").get("/api/v1/indicators?from=" + today + "&to=" + today + "&level=PURPLE");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
    }

    /** The follow-up counts an investigation by the level it was opened at, whatever the matter's level became. */
    @Test
    void anInvestigationIsCountedByItsLevelWhenOpenedThroughALevelChange() {
        String period = "from=" + today + "&to=" + today + "&area=ALL&ageGroup=ALL&level=";
        var before = todayForAll();
        var redBefore = indicators("chef", period + "RED");

        var raised = CaseFlow.investigated(port, 9, "Kaj", "ORANGE");
        changeLevel(raised.matterId(), "RED", "Nya uppgifter om våld");
        describeAllSides(raised.matterId());
        new Work(port).decided(raised.matterId(), "NO_INTERVENTION", null);
        var lowered = CaseFlow.investigated(port, 9, "Mio", "RED");
        changeLevel(lowered.matterId(), "ORANGE", "Oron var mindre än vi trodde");
        new Work(port).decided(lowered.matterId(), "NO_INTERVENTION", null);

        var after = todayForAll();
        assertThat(moved(before, after, "ORANGE_CLOSED_WITHIN_14_DAYS", "denominator")).isEqualTo(1);
        assertThat(moved(before, after, "ORANGE_CLOSED_WITHIN_14_DAYS", "numerator")).isEqualTo(1);
        var redAfter = indicators("chef", period + "RED");
        assertThat(moved(redBefore, redAfter, "CLOSED_WITHIN_60_DAYS", "denominator")).isEqualTo(1);
    }

    private void changeLevel(String matterId, String level, String reason) {
        int version = Api.as(port, "chef").get("/api/v1/matters/" + matterId).json().get("version").asInt();
        assertThat(Api.as(port, "chef").post("/api/v1/matters/" + matterId + "/level", Api.json(
                "{'level': '%s', 'reason': '%s', 'version': %d}", level, reason, version)).status()).isEqualTo(204);
    }

    private void describeAllSides(String matterId) {
        String path = "/api/v1/investigations/" + CaseFlow.investigation(port, matterId).get("id").asString();
        for (String area : new String[] {"EDUCATION", "BASIC_CARE", "HOUSING"}) {
            assertThat(Api.as(port, "chef").put(path + "/areas/" + area, Api.json(
                    "{'description': 'Beskrivet.', 'childView': 'Barnets ord.', 'needs': 'Behov.'}")).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void theUnitManagerOpensTheMattersBehindANumberAndTheReadIsTraced() {
        var opened = CaseFlow.investigated(port, 11, "Juni", "ORANGE");
        new Work(port).decided(opened.matterId(), "NO_INTERVENTION", null);
        String query = "?from=" + today + "&to=" + today + "&inNumerator=true";

        var behind = Api.as(port, "chef").get("/api/v1/indicators/CLOSED_WITHIN_60_DAYS/matters" + query);

        assertThat(behind.status()).as(behind.body()).isEqualTo(200);
        JsonNode matter = null;
        for (JsonNode m : behind.json().get("matters")) {
            if (m.get("matterId").asString().equals(opened.matterId())) {
                matter = m;
            }
        }
        assertThat(matter).as(behind.body()).isNotNull();
        assertThat(matter.get("childId").asString()).isEqualTo(opened.childId());
        assertThat(matter.get("inNumerator").asBoolean()).isTrue();
        assertThat(matter.get("level").asString()).isEqualTo("ORANGE");
        assertThat(matter.get("periodDate").asString()).isEqualTo(today);
        var rest = Api.as(port, "chef").get("/api/v1/indicators/CLOSED_WITHIN_60_DAYS/matters?from=" + today
                + "&to=" + today + "&inNumerator=false").json();
        assertThat(rest.get("matters").findValuesAsString("matterId")).doesNotContain(opened.matterId());
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from trace where person_id = ?::uuid "
                + "and record_type = 'indicator' and action = 'READ'", Integer.class, opened.childId())).isEqualTo(1);

        assertThat(Api.as(port, "analytiker").get("/api/v1/indicators/CLOSED_WITHIN_60_DAYS/matters" + query).status())
                .isEqualTo(403);
        var unknown = Api.as(port, "chef").get("/api/v1/indicators/NO_SUCH_THING/matters" + query);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theTrendCountsEveryMonthOfThePeriodInPilotAndControl() {
        String from = LocalDate.now().minusMonths(11).withDayOfMonth(1).toString();
        String path = "/api/v1/indicators/CLOSED_WITHIN_60_DAYS/trend?from=" + from + "&to=" + today;
        JsonNode before = Api.as(port, "chef").get(path).json();

        var opened = CaseFlow.investigated(port, 8, "Vide", "ORANGE");
        new Work(port).livesIn(opened.childId(), "ekdalen");
        new Work(port).decided(opened.matterId(), "NO_INTERVENTION", null);
        JsonNode after = Api.as(port, "chef").get(path).json();

        assertThat(after.size()).isEqualTo(12);
        assertThat(after.get(11).get("month").asString()).isEqualTo(LocalDate.now().withDayOfMonth(1).toString());
        JsonNode pilotNow = after.get(11).get("pilot");
        JsonNode pilotBefore = before.get(11).get("pilot");
        assertThat(pilotNow.get("denominator").asLong() - pilotBefore.get("denominator").asLong()).isEqualTo(1);
        assertThat(after.get(11).get("ordinary").get("denominator")).isEqualTo(before.get(11).get("ordinary").get("denominator"));
        assertThat(after.get(10)).isEqualTo(before.get(10));
        // The months add up to the period as a whole, pilot and control apart.
        var comparison = Api.as(port, "chef").get("/api/v1/indicators/comparison?from=" + from + "&to=" + today).json();
        JsonNode closed = null;
        for (JsonNode c : comparison) {
            if (c.get("code").asString().equals("CLOSED_WITHIN_60_DAYS")) {
                closed = c;
            }
        }
        long pilotMonths = 0;
        for (JsonNode month : after) {
            pilotMonths += month.get("pilot").get("denominator").asLong();
        }
        assertThat(pilotMonths).isEqualTo(closed.get("pilot").get("denominator").asLong());
    }

    @Test
    void aBaselinePeriodComesBesideThePeriodWithHowMuchMoreThePilotChanged() {
        var comparison = Api.as(port, "chef").get("/api/v1/indicators/comparison?from=2025-01-01&to=2025-12-31"
                + "&baselineFrom=2023-01-01&baselineTo=2023-12-31").json();
        var baselineAlone = Api.as(port, "chef").get("/api/v1/indicators/comparison?from=2023-01-01&to=2023-12-31").json();

        for (int i = 0; i < comparison.size(); i++) {
            JsonNode row = comparison.get(i);
            JsonNode baseline = row.get("baseline");
            assertThat(baseline.get("pilot").get("denominator").asLong())
                    .isEqualTo(baselineAlone.get(i).get("pilot").get("denominator").asLong());
            if (!row.get("difference").isNull() && !baseline.get("difference").isNull()) {
                assertThat(row.get("changeDifference").asDouble()).isCloseTo(
                        row.get("difference").asDouble() - baseline.get("difference").asDouble(),
                        org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        assertThat(comparison.get(2).get("changeDifference").isNull()).as("demo history has both years").isFalse();
        var half = Api.as(port, "chef").get("/api/v1/indicators/comparison?from=2025-01-01&to=2025-12-31"
                + "&baselineFrom=2023-01-01");
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.json().get("errors").get(0).get("field").asString()).isEqualTo("baselineTo");
    }
}
