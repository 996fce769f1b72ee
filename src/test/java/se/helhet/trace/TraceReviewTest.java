package se.helhet.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;
import se.helhet.support.WebSession;

@HelhetTest
class TraceReviewTest {

    @LocalServerPort
    int port;

    @Test
    void administratorSeesWhoReadAPersonAndExportsItAsCsv() {
        String number = TestNumbers.unused();
        var created = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'Loggad', 'familyName': 'Person'}", number));
        Api.as(port, "chef").get(created.location());
        String tenDigits = number.substring(2, 8) + "-" + number.substring(8);
        var admin = WebSession.loggedInAs(port, "admin");

        admin.get("/admin/logg");
        String searched = WebSession.pathOf(admin.post("/admin/logg", Map.of("person", tenDigits)).location());
        var page = admin.get(searched);

        assertThat(page.body()).contains("<code>chef</code>", "<code>mottagning</code>", "läste", "registrerade",
                "GET " + created.location());
        assertThat(page.body()).contains("href=\"" + searched.replace("/admin/logg?", "/admin/logg.csv?"));
        var csv = admin.get(searched.replace("/admin/logg?", "/admin/logg.csv?"));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("tid;användare;händelse").contains("\"chef\";\"READ\"");
        var review = admin.search("/admin/logg", Map.of("anvandare", "admin"));
        assertThat(review.body()).contains("exporterade");
    }

    @Test
    void mistypedNumberIsExplainedBesideTheField() {
        var admin = WebSession.loggedInAs(port, "admin");
        admin.get("/admin/logg");
        var page = admin.search("/admin/logg", Map.of("person", "12345"));

        assertThat(page.body()).contains("id=\"person-error\"", "10 eller 12 siffror");
    }
}
