package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class FeedbackPageTest {

    @LocalServerPort
    int port;


    @Test
    void refusedBeforeThePreliminaryAssessmentAndGivenAfterwards() {
        var opened = CaseFlow.reported(port, 10, "Fia", "CONCERN_REPORT");
        String path = "/anmalningar/" + opened.reportId();
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        assertThat(web.get(path).body()).contains("Återkoppling till anmälaren", "<legend>Ska anmälaren få återkoppling?",
                "Återkoppling kan ges när förhandsbedömningen är klar");

        var early = web.post(path + "/aterkoppling", Map.of("given", "true", "reason", ""));
        assertThat(early.status()).isEqualTo(302);
        var refused = web.get(path);
        assertThat(refused.body()).contains("id=\"feedbackGiven-error\"",
                "Förhandsbedömningen ska vara klar för alla barn i anmälan", "href=\"#feedbackGiven\"");

        CaseFlow.notInvestigated(port, opened);
        web.get(path);
        assertThat(web.post(path + "/aterkoppling", Map.of("given", "true", "reason", "")).status()).isEqualTo(302);

        var given = web.get(path);
        assertThat(given.body()).contains("Återkopplingen är registrerad", "Ingen utredning inleds",
                "class=\"letter letter--sent report-feedback__letter\"", "aterkoppling.pdf",
                "inte inleda någon utredning", "sekretess",
                "Registrerad av Amira Khalil").doesNotContain("<legend>Ska anmälaren få återkoppling?");
    }

    @Test
    void notGivingFeedbackNeedsAReasonAndIsKeptOnTheReport() {
        var opened = CaseFlow.reported(port, 11, "Gry", "CONCERN_REPORT");
        CaseFlow.notInvestigated(port, opened);
        String path = "/anmalningar/" + opened.reportId();
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        web.get(path);

        web.post(path + "/aterkoppling", Map.of("given", "false", "reason", " "));
        var refused = web.get(path);
        assertThat(refused.body()).contains("id=\"feedbackReason-error\"", "Ange varför återkoppling inte ges")
                .containsPattern("id=\"feedbackGiven-no\" name=\"given\" value=\"false\"\\s+checked");

        web.post(path + "/aterkoppling", Map.of("reason", "Kan utsätta barnet för fara."));
        assertThat(web.get(path).body()).contains("id=\"feedbackGiven-error\"", "Välj om anmälaren ska få återkoppling",
                ">Kan utsätta barnet för fara.</textarea>");

        web.post(path + "/aterkoppling", Map.of("given", "false", "reason", "Kan utsätta barnet för fara."));
        assertThat(web.get(path).body()).contains("Ingen återkoppling: Kan utsätta barnet för fara.")
                .doesNotContain("report-feedback__letter");
    }

    @Test
    void privatePersonsGetNoFeedbackForm() {
        String child = Children.aChild(port, 9, "Hed");
        String report = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': 'PRIVATE_PERSON', 'reporterName': 'Granne',
                 'childIds': ['%s'], 'concernReasons': ['NEGLECT'], 'description': 'Oro.'}""", child))
                .json().get("id").asString();

        var page = WebSession.loggedInAs(port, "mottagning").get("/anmalningar/" + report);

        assertThat(page.body()).contains("Återkoppling ges bara till yrkesverksamma anmälare som inte är anonyma")
                .doesNotContain("aterkoppling\"");
    }
}
