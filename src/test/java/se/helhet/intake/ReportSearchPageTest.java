package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class ReportSearchPageTest {

    /** Helhet's clock runs in Swedish time: "today" for the search is the Swedish date. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void findsAReportThatLedToNoInvestigationByANameTypedWithoutAccents() {
        var opened = CaseFlow.reported(port, 8, "Ölvira", "CONCERN_REPORT");
        String base = "/api/v1/reports/" + opened.reportId() + "/children/" + opened.childId();
        Api.as(port, "mottagning").post(base + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}"));
        Api.as(port, "mottagning").post(base + "/preliminary-assessment",
                Api.json("{'outcome': 'NO_INVESTIGATION', 'level': 'BLUE', 'reasoning': 'Familjen har stöd.'}"));
        WebSession web = WebSession.loggedInAs(port, "mottagning");

        var empty = web.get("/anmalningar/sok");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("<label for=\"person\"", "<legend>Mottagen under perioden",
                "<option value=\"\">alla</option>", "aria-current=\"page\">Sök anmälningar</a>");

        var found = web.search("/anmalningar/sok", Map.of("person", "OLVIRA testbarn", "from",
                LocalDate.now(SWEDEN).toString(), "to", LocalDate.now(SWEDEN).toString(), "reporterCategory", "SCHOOL"));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("Ölvira Testbarn", "Ingen utredning", "href=\"/anmalningar/"
                + opened.reportId() + "\"", "orosanmälan", "value=\"OLVIRA testbarn\"",
                "<option value=\"SCHOOL\" selected=\"selected\">skola</option>");
        var otherCategory = web.search("/anmalningar/sok", Map.of("person", "olvira testbarn",
                "reporterCategory", "POLICE"));
        assertThat(otherCategory.body()).contains("Ingen anmälan hittades").doesNotContain(opened.reportId());
    }

    @Test
    void aReportNotYetAssessedSaysSo() {
        var opened = CaseFlow.reported(port, 7, "Ulva", "CONCERN_REPORT");

        var found = searching("chef").search("/anmalningar/sok", Map.of("person", "ulva testbarn"));

        assertThat(found.body()).contains("href=\"/anmalningar/" + opened.reportId() + "\"", "ej bedömd");
    }

    @Test
    void aMistypedNumberIsNamedBesideThePersonField() {
        var page = searching("mottagning").search("/anmalningar/sok", Map.of("person", "20150312-2388",
                "to", "2026-13-01"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"to-error\"", "value=\"20150312-2388\"", "value=\"2026-13-01\"");
        var number = searching("mottagning").search("/anmalningar/sok", Map.of("person", "20150312-2388"));
        assertThat(number.body()).containsPattern("id=\"person-error\"[^>]*>[^<]+</p>")
                .contains("aria-invalid=\"true\"", "value=\"20150312-2388\"", "href=\"#person\"");
    }

    @Test
    void onlyStaffWithTheRightHaveThePage() {
        assertThat(WebSession.loggedInAs(port, "socsek").get("/anmalningar/sok").status()).isEqualTo(403);
        assertThat(searching("socsek").search("/anmalningar/sok", Map.of("person", "berg")).status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "socsek").get("/").body()).doesNotContain("Sök anmälningar");
        assertThat(searching("granskare").search("/anmalningar/sok", Map.of("person", "berg")).status())
                .isEqualTo(200);
    }

    @Test
    void thePersonsMatchedAndTheChildrenShownAreLoggedInOneCommit() {
        var reported = CaseFlow.reported(port, 9, "Samkommit", "CONCERN_REPORT");
        String unreported = Children.aChild(port, 10, "Samkommit");

        var found = searching("mottagning").search("/anmalningar/sok", Map.of("person", "samkommit testbarn"));

        assertThat(found.body()).contains("href=\"/anmalningar/" + reported.reportId() + "\"");
        var rows = new JdbcTemplate(dataSource).queryForList("""
                select at, person_id::text as person, action, record_type from trace
                where channel = 'GET /anmalningar/sok' and person_id in (?::uuid, ?::uuid)""",
                reported.childId(), unreported);
        assertThat(rows).extracting(r -> r.get("person") + " " + r.get("action") + " " + r.get("record_type"))
                .containsExactlyInAnyOrder(reported.childId() + " SEARCH person", unreported + " SEARCH person",
                        reported.childId() + " READ report-search");
        assertThat(rows.stream().map(r -> r.get("at")).distinct()).as("commits of the access log").hasSize(1);
    }

    /** Signed in, on a page with a form (whose CSRF token the search posts with). */
    private WebSession searching(String user) {
        WebSession web = WebSession.loggedInAs(port, user);
        web.get("/");
        return web;
    }
}
