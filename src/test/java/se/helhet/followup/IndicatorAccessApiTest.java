package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import tools.jackson.databind.JsonNode;

@HelhetTest
class IndicatorAccessApiTest {

    @LocalServerPort
    int port;

    private final String today = LocalDate.now().toString();

    @Test
    void socialWorkersAndIntakeDoNotSeeIndicators() {
        for (String user : new String[] {"socsek", "mottagning"}) {
            var response = Api.as(port, user).get("/api/v1/indicators?from=" + today + "&to=" + today);
            assertThat(response.status()).as(user).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void wrongParametersAreNamed() {
        var response = Api.as(port, "analytiker")
                .get("/api/v1/indicators?from=2026-02-30&to=2026-01-01&area=NORTH&ageGroup=6-11");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactly("from", "area", "ageGroup");
        var backwards = Api.as(port, "analytiker").get("/api/v1/indicators?from=2026-02-01&to=2026-01-01");
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    /**
     * Whatever today's demo work is, the analyst's cell is hidden exactly when the manager's counts one to four
     * things, one to four in the numerator or one to four in the rest — and all areas together also when the
     * pilot or ordinary services alone would be hidden, so neither can be worked out by subtraction.
     */
    @Test
    void theAnalystSeesSmallCellsSuppressedWhereTheManagerSeesTheNumbers() {
        for (String group : new String[] {"ALL", "0-5", "6-12", "13-17"}) {
            String query = "/api/v1/indicators?from=" + today + "&to=" + today + "&ageGroup=" + group + "&area=";
            JsonNode manager = Api.as(port, "chef").get(query + "ALL").json();
            JsonNode pilot = Api.as(port, "chef").get(query + "PILOT").json();
            JsonNode ordinary = Api.as(port, "chef").get(query + "ORDINARY").json();
            JsonNode analyst = Api.as(port, "analytiker").get(query + "ALL").json();
            for (int i = 0; i < manager.size(); i++) {
                JsonNode m = manager.get(i);
                JsonNode a = analyst.get(i);
                assertThat(m.get("suppressed").asBoolean()).isFalse();
                boolean small = small(m) || small(pilot.get(i)) || small(ordinary.get(i));
                assertThat(a.get("suppressed").asBoolean()).as(m.toString()).isEqualTo(small);
                if (small) {
                    assertThat(a.get("numerator").isNull() && a.get("denominator").isNull() && a.get("value").isNull())
                            .isTrue();
                } else {
                    assertThat(a.get("denominator")).isEqualTo(m.get("denominator"));
                }
            }
        }
        // Nothing counted is nothing to hide.
        JsonNode longAgo = Api.as(port, "analytiker").get("/api/v1/indicators?from=1990-01-01&to=1990-01-31").json();
        assertThat(longAgo.get(0).get("suppressed").asBoolean()).isFalse();
        assertThat(longAgo.get(0).get("value").isNull()).isTrue();
    }

    private static boolean small(JsonNode cell) {
        long denominator = cell.get("denominator").asLong();
        long numerator = cell.get("numerator").asLong();
        boolean share = cell.get("unit").asString().equals("SHARE");
        return between1And4(denominator) || share && (between1And4(numerator) || between1And4(denominator - numerator));
    }

    private static boolean between1And4(long count) {
        return count > 0 && count < 5;
    }

    @Test
    void theComparisonSetsPilotBesideControlWithTheDifference() {
        var response = Api.as(port, "chef").get("/api/v1/indicators/comparison?from=2020-01-01&to=" + today
                + "&ageGroup=6-12");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode closed = response.json().get(2);
        assertThat(closed.get("code").asString()).isEqualTo("CLOSED_WITHIN_60_DAYS");
        double difference = closed.get("pilot").get("value").asDouble() - closed.get("ordinary").get("value").asDouble();
        assertThat(closed.get("difference").asDouble()).isCloseTo(difference, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(closed.get("differenceLower").asDouble()).isLessThan(difference);
        assertThat(closed.get("differenceUpper").asDouble()).isGreaterThan(difference);
    }
}
