package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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
        assertThat(indicators.get("IMPROVED_SDQ_TOTAL").get("value").isNull()).isTrue();
        assertThat(indicators.get("IMPROVED_SDQ_TOTAL").get("definition").asString()).contains("Samlas ännu inte in");
    }
}
