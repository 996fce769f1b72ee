package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class ProtectionAssessmentPageTest {

    @LocalServerPort
    int port;

    @Test
    void aRefusedAssessmentComesBackBesideItsOwnReasoningFieldAndASavedOneIsThanked() {
        var opened = CaseFlow.reported(port, 8, "Ebba", "CONCERN_REPORT");
        String path = "/anmalningar/" + opened.reportId();
        String form = path + "/barn/" + opened.childId() + "/skyddsbedomning";
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        web.get(path);

        var refused = web.post(form, Map.of("immediateProtectionNeeded", "false", "reasoning", " "));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("protectionReasoning-error", "Motivera bedömningen")
                .doesNotContain("Skyddsbedömningen är sparad.");

        var saved = web.post(form, Map.of("immediateProtectionNeeded", "false", "reasoning", "Barnet är tryggt i kväll."));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(path + "#barn-" + opened.childId());
        assertThat(web.get(path).body()).contains("Skyddsbedömningen är sparad.", "Barnet är tryggt i kväll.");
    }
}
