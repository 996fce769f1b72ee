package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class IndicatorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void theAnalystSeesPilotBesideControlWithDefinitions() {
        var page = WebSession.loggedInAs(port, "analytiker").get("/uppfoljning?from=2022-01-01&to=2026-06-30&ageGroup=6-12");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Pilotområdet", "Ordinarie verksamhet (kontroll)",
                "Utredningar avslutade inom 60 dagar", "Nämnare: utredningar avslutade under perioden", "95 %:",
                "Samlas ännu inte in");
    }

    @Test
    void aWrongFilterIsShownBesideItsField() {
        var page = WebSession.loggedInAs(port, "chef").get("/uppfoljning?from=2026-02-01&to=2026-01-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Periodens slut kan inte ligga före dess början").doesNotContain("<table");
    }

    @Test
    void aSocialWorkerIsNotShownThePage() {
        assertThat(WebSession.loggedInAs(port, "socsek").get("/uppfoljning").status()).isEqualTo(403);
    }
}
