package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

@HelhetTest
class ReportSearchAndFeedbackApiTest {

    @LocalServerPort
    int port;


    @Test
    void reportThatLedToNothingIsStillFoundByNameWithoutAccentsAndByPeriodAndCategory() {
        var opened = CaseFlow.reported(port, 9, "Åke", "CONCERN_REPORT");
        CaseFlow.notInvestigated(port, opened);
        String today = LocalDate.now().toString();

        var byName = Api.as(port, "mottagning").get("/api/v1/reports?person=ake+testbarn&from=" + today + "&to=" + today
                + "&reporterCategory=SCHOOL").json();

        assertThat(byName.findValuesAsString("reportId")).contains(opened.reportId());
        var hit = byName.get(byName.findValuesAsString("reportId").indexOf(opened.reportId()));
        assertThat(hit.get("outcome").asString()).isEqualTo("NO_INVESTIGATION");
        assertThat(hit.get("childName").asString()).isEqualTo("Åke Testbarn");
        var otherCategory = Api.as(port, "mottagning").get("/api/v1/reports?person=ake+testbarn&reporterCategory=POLICE")
                .json();
        assertThat(otherCategory.findValuesAsString("reportId")).doesNotContain(opened.reportId());
    }

    @Test
    void onlyStaffWithTheRightSearchReports() {
        assertThat(Api.as(port, "socsek").get("/api/v1/reports?person=berg").status()).isEqualTo(403);
        assertThat(Api.as(port, "analytiker").get("/api/v1/reports?person=berg").status()).isEqualTo(403);
        assertThat(Api.as(port, "granskare").get("/api/v1/reports?person=berg").status()).isEqualTo(200);
    }

    @Test
    void professionalReporterGetsTheNoticeThatNoInvestigationWasOpened() {
        var opened = CaseFlow.reported(port, 10, "Bo", "CONCERN_REPORT");
        String path = "/api/v1/reports/" + opened.reportId() + "/feedback";
        assertThat(Api.as(port, "mottagning").post(path, "{\"given\": true}").status()).isEqualTo(400);
        CaseFlow.notInvestigated(port, opened);

        var given = Api.as(port, "mottagning").post(path, "{\"given\": true}");

        assertThat(given.status()).isEqualTo(201);
        assertThat(given.json().get("status").asString()).isEqualTo("NOT_OPENED");
        assertThat(given.json().get("letter").asString()).contains("inte inleda någon utredning", "sekretess");
        assertThat(Api.as(port, "mottagning").get(path).json().get("given").asBoolean()).isTrue();
        assertThat(Api.as(port, "mottagning").post(path, "{\"given\": false, \"reason\": \"x\"}").status())
                .isEqualTo(409);
    }

    @Test
    void decisionNotToGiveFeedbackNeedsAReasonAndIsKept() {
        var opened = CaseFlow.investigated(port, 12, "Cleo", "RED");
        String path = "/api/v1/reports/" + opened.reportId() + "/feedback";

        assertThat(Api.as(port, "mottagning").post(path, "{\"given\": false}").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("reason");
        var kept = Api.as(port, "mottagning").post(path,
                "{\"given\": false, \"reason\": \"Kan utsätta barnet för fara.\"}");

        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.json().get("reason").asString()).contains("fara");
        assertThat(kept.json().get("letter").isNull()).isTrue();
    }
}
