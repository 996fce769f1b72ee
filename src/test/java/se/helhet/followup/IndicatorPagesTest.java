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
                "Barn med förbättrad SDQ-totalpoäng", "minst 3 poäng", "Ladda ner som CSV", "Alla nivåer")
                // Numbers only: no way to the matters behind them.
                .doesNotContain("/arenden");
    }

    @Test
    void theUnitManagerComparesWithABaselineAndCanOpenTheMattersBehindANumber() {
        var chef = WebSession.loggedInAs(port, "chef");
        var page = chef.get("/uppfoljning?from=2025-01-01&to=2025-12-31&ageGroup=ALL&level=ALL"
                + "&baselineFrom=2023-01-01&baselineTo=2023-12-31");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Pilotområdet, jämförelseperioden", "Pilotens förändring utöver kontrollens",
                "id=\"CLOSED_WITHIN_60_DAYS\"",
                "/uppfoljning/indikator/CLOSED_WITHIN_60_DAYS/arenden?area=PILOT&amp;from=2025-01-01");

        var behind = chef.get("/uppfoljning/indikator/CLOSED_WITHIN_60_DAYS/arenden?area=PILOT&from=2025-01-01"
                + "&to=2025-12-31&inNumerator=false");
        assertThat(behind.status()).isEqualTo(200);
        assertThat(behind.body()).contains("Ärendena bakom siffran", "Inte med i täljaren", "Öppna ärendet", "/arenden/");
        assertThat(WebSession.loggedInAs(port, "analytiker")
                .get("/uppfoljning/indikator/CLOSED_WITHIN_60_DAYS/arenden?from=2025-01-01&to=2025-12-31").status())
                .isEqualTo(403);
    }

    @Test
    void anIndicatorMonthByMonthWithItsTableAndBothAsCsv() {
        var analyst = WebSession.loggedInAs(port, "analytiker");
        var page = analyst.get("/uppfoljning/indikator/INTERVENTION_ACCEPTED?from=2025-01-01&to=2025-12-31");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Erbjudna insatser som tackades ja till", "januari 2025", "december 2025",
                "Månad för månad", "<svg", "role=\"img\"");

        var months = analyst.get("/uppfoljning/indikator/INTERVENTION_ACCEPTED.csv?from=2025-01-01&to=2025-12-31");
        assertThat(months.contentType()).startsWith("text/csv");
        assertThat(months.body().lines()).hasSize(1 + 24);
        assertThat(months.body()).contains("månad;område;täljare;nämnare", "\"2025-01\";\"pilot\"",
                "\"2025-12\";\"kontroll\"");

        var all = analyst.get("/uppfoljning.csv?from=2025-01-01&to=2025-12-31&baselineFrom=2024-01-01&baselineTo=2024-12-31");
        assertThat(all.body().lines()).hasSize(1 + 2 * IndicatorDefinition.values().length);
        assertThat(all.body()).contains("\"urval\";\"CLOSED_WITHIN_60_DAYS\"", "\"jämförelseperiod\";\"REACTUALISED\"");
        assertThat(analyst.get("/uppfoljning/indikator/NO_SUCH_THING").status()).isEqualTo(404);
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

    @Test
    void aWrongFilterInALinkOrADownloadGetsAPageSayingWhatIsWrong() {
        var chef = WebSession.loggedInAs(port, "chef");

        var behind = chef.get("/uppfoljning/indikator/CLOSED_WITHIN_60_DAYS/arenden?from=igår&area=NORTH");
        var csv = chef.get("/uppfoljning.csv?from=2026-01-01&to=2025-01-01");

        assertThat(behind.status()).isEqualTo(400);
        assertThat(behind.body()).contains("Uppgifterna i adressen stämmer inte", "Skriv datumet som ÅÅÅÅ-MM-DD",
                "Välj område: PILOT, ORDINARY eller ALL");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.body()).contains("Periodens slut kan inte ligga före dess början");
    }

    @Test
    void theStartPagesSummaryIsFetchedAfterThePageForThoseWhoFollowUp() {
        var start = WebSession.loggedInAs(port, "analytiker").get("/");
        var brief = WebSession.loggedInAs(port, "analytiker").get("/uppfoljning/i-korthet");

        assertThat(start.body()).contains("hx-get=\"/uppfoljning/i-korthet\"").doesNotContain("<caption>De senaste");
        assertThat(brief.status()).isEqualTo(200);
        assertThat(brief.body()).startsWith("<table").contains("Utredningar avslutade inom 60 dagar",
                "Väntetid från beslut till start (median, dagar)").doesNotContain("<html");
        assertThat(WebSession.loggedInAs(port, "socsek").get("/uppfoljning/i-korthet").status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "socsek").get("/").body()).doesNotContain("i-korthet");
    }
}
