package se.helhet.worktime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import se.helhet.support.WebSession;

@HelhetTest
class TimeWithChildrenPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aSocialWorkerSeesTheirOwnTwelveMonthsWithTheDefinition() {
        var page = WebSession.loggedInAs(port, "socsek").get("/tid-med-barn");

        assertThat(page.status()).isEqualTo(200);
        YearMonth now = YearMonth.now();
        assertThat(page.body()).contains("Min tid", now.toString(), now.minusMonths(11).toString(), "Hela perioden",
                "Hembesök räknas inte som direkt kontakt").doesNotContain(now.minusMonths(12).toString() + "<");
        assertThat(page.body()).doesNotContain("/tid-med-barn/medarbetare/");
    }

    @Test
    void theManagerSeesTheUnitsWorkersAndOpensOne() {
        WebSession chef = WebSession.loggedInAs(port, "chef");
        var page = chef.get("/tid-med-barn");
        String socsek = "/tid-med-barn/medarbetare/" + StaffIds.of(port, "socsek");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Barn och unga – pilotteamet Ekdalen", "Hela enheten", socsek)
                .doesNotContain("Min tid");
        var worker = chef.get(socsek);
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.body()).contains("Tid med barn:", YearMonth.now().toString(), "Hela perioden");
    }

    @Test
    void aWorkersMonthsAreForThemAndTheirManagerOnly() {
        String colleague = "/tid-med-barn/medarbetare/" + StaffIds.of(port, "nils.dahl");
        assertThat(WebSession.loggedInAs(port, "socsek").get(colleague).status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "vuxen").get(colleague).status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "analytiker").get(colleague).status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "nils.dahl").get(colleague).status()).isEqualTo(200);
    }

    @Test
    void theAnalystSeesUnitsWithoutNamesAndOthersAreRefused() {
        var page = WebSession.loggedInAs(port, "analytiker").get("/tid-med-barn");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Per enhet", "Barn och unga – pilotteamet Ekdalen")
                .doesNotContain("/tid-med-barn/medarbetare/", "Min tid");
        assertThat(WebSession.loggedInAs(port, "admin").get("/tid-med-barn").status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "granskare").get("/tid-med-barn").status()).isEqualTo(403);
    }
}
