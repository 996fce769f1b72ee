package se.helhet.trace;

import static org.assertj.core.api.Assertions.assertThat;

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

        var page = admin.get("/admin/logg?person=" + tenDigits);

        assertThat(page.body()).contains("<code>chef</code>", "<code>mottagning</code>", "läste", "registrerade",
                "GET " + created.location());
        var csv = admin.get("/admin/logg.csv?person=" + tenDigits);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("tid;användare;händelse").contains("\"chef\";\"READ\"");
        var review = admin.get("/admin/logg?anvandare=admin");
        assertThat(review.body()).contains("exporterade");
    }

    @Test
    void mistypedNumberIsExplainedBesideTheField() {
        var page = WebSession.loggedInAs(port, "admin").get("/admin/logg?person=12345");

        assertThat(page.body()).contains("id=\"person-error\"", "10 eller 12 siffror");
    }
}
