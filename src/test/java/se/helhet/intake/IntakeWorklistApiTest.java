package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;

@HelhetTest
class IntakeWorklistApiTest {

    @LocalServerPort
    int port;

    private tools.jackson.databind.JsonNode itemFor(String child) {
        for (var item : Api.as(port, "mottagning").get("/api/v1/worklists/intake").json()) {
            if (item.get("childId").asString().equals(child)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void newReportWaitsForProtectionTodayThenForThePreliminaryAssessmentOnDayFourteen() {
        String child = Children.aChild(port, 8, "Stina");
        var report = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': 'PRESCHOOL', 'childIds': ['%s'],
                 'concernReasons': ['VIOLENCE_IN_FAMILY'], 'description': 'Barnet berättar om bråk hemma.'}""", child))
                .json();

        var first = itemFor(child);
        assertThat(first.get("step").asString()).isEqualTo("PROTECTION_ASSESSMENT");
        assertThat(first.get("childName").asString()).isEqualTo("Stina Testbarn");

        Api.as(port, "mottagning").post("/api/v1/reports/" + report.get("id").asString() + "/children/" + child
                + "/protection-assessment", Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Tryggt i kväll.'}"));

        var second = itemFor(child);
        assertThat(second.get("step").asString()).isEqualTo("PRELIMINARY_ASSESSMENT");
        assertThat(second.get("status").asString()).isEqualTo("dag 0 av 14, 14 dagar kvar");
        assertThat(second.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void onlyIntakeAndManagersHaveTheIntakeWorklist() {
        assertThat(Api.as(port, "socsek").get("/api/v1/worklists/intake").status()).isEqualTo(403);
        assertThat(Api.as(port, "chef").get("/api/v1/worklists/intake").status()).isEqualTo(200);
    }
}
