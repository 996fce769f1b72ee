package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class EarlierHistoryPageTest {

    @LocalServerPort
    int port;

    @Test
    void whileRegisteringTheWorkerSeesTheChildsEarlierMattersAndHowTheyEnded() {
        var earlier = CaseFlow.reported(port, 9, "Tindra", "CONCERN_REPORT");
        String base = "/api/v1/reports/" + earlier.reportId() + "/children/" + earlier.childId();
        Api.as(port, "mottagning").post(base + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}"));
        Api.as(port, "mottagning").post(base + "/preliminary-assessment",
                Api.json("{'outcome': 'NO_INVESTIGATION', 'level': 'GREEN', 'reasoning': 'Skolan ger stöd.'}"));
        String reserve = Api.as(port, "mottagning").get("/api/v1/persons/" + earlier.childId()).json()
                .get("reserveNumber").asString();

        var preview = WebSession.loggedInAs(port, "mottagning")
                .get("/anmalningar/barn?children=" + URLEncoder.encode(reserve, StandardCharsets.UTF_8));

        assertThat(preview.body()).contains("Tindra Testbarn", "känd sedan tidigare", "Ingen utredning inleds");
    }
}
