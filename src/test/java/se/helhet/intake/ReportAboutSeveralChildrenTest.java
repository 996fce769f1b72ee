package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * A report about two children whose matters lie in different units: a reader of one child's matter gets
 * that child and not the other, nor the reporter's text that may name both, through the API and the page alike.
 */
@HelhetTest
class ReportAboutSeveralChildrenTest {

    private static final String TEXT = "Syskonen Sigrid och Sixten far illa hemma.";

    @LocalServerPort
    int port;

    /** Sigrid's matter is the social worker's unit's (she registered her); Sixten's is intake's alone. */
    private String[] twoChildrenInTwoUnits() {
        var sigrid = Api.as(port, "socsek").post("/api/v1/persons", Api.json(
                "{'givenName': 'Sigrid', 'familyName': 'Syskonsdotter', 'birthDate': '%s'}",
                LocalDate.now().minusYears(8).minusDays(40)));
        assertThat(sigrid.status()).isEqualTo(201);
        String first = sigrid.json().get("id").asString();
        assertThat(report("socsek", first, "Första anmälan.").status()).isEqualTo(201);
        String second = Children.aChild(port, 10, "Sixten");
        var both = report("mottagning", first + "', '" + second, TEXT);
        assertThat(both.status()).isEqualTo(201);
        return new String[] {both.json().get("id").asString(), first, second};
    }

    private Api.Response report(String user, String childIds, String description) {
        return Api.as(port, user).post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': 'SCHOOL', 'anonymous': false, 'reporterName': 'Kim',
                 'childIds': ['%s'], 'concernReasons': ['NEGLECT'], 'description': '%s'}""", childIds, description));
    }

    @Test
    void theApiGivesAReaderOfOneChildOnlyThatChildAndNotTheText() {
        String[] ids = twoChildrenInTwoUnits();

        var seen = Api.as(port, "socsek").get("/api/v1/reports/" + ids[0]);

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("children").findValuesAsString("childId")).containsExactly(ids[1]);
        assertThat(seen.json().get("partial").asBoolean()).isTrue();
        assertThat(seen.json().get("description").isNull()).isTrue();
        assertThat(seen.body()).doesNotContain(ids[2], "Sixten");
    }

    /** The documents and the feedback concern every child at once: a reader of one child gets neither. */
    @Test
    void aReaderOfOneChildGetsNoneOfTheDocumentsAndCannotAnswerForTheWholeReport() {
        String[] ids = twoChildrenInTwoUnits();
        var socsek = Api.as(port, "socsek");

        assertThat(socsek.get("/api/v1/reports/" + ids[0] + "/attachments").status()).isEqualTo(403);
        assertThat(socsek.post("/api/v1/reports/" + ids[0] + "/feedback",
                Api.json("{'given': false, 'reason': 'Ingen återkoppling.'}")).status()).isEqualTo(403);
        var page = WebSession.loggedInAs(port, "socsek").get("/anmalningar/" + ids[0]);
        assertThat(page.status()).as("the page still shows the readable child").isEqualTo(200);
        assertThat(page.body()).doesNotContain("Originaldokument");
        assertThat(Api.as(port, "mottagning").get("/api/v1/reports/" + ids[0] + "/attachments").status())
                .as("a reader of both children").isEqualTo(200);
    }

    @Test
    void aReaderOfEveryChildGetsTheWholeReport() {
        String[] ids = twoChildrenInTwoUnits();

        var seen = Api.as(port, "mottagning").get("/api/v1/reports/" + ids[0]).json();

        assertThat(seen.get("children").findValuesAsString("childId")).containsExactlyInAnyOrder(ids[1], ids[2]);
        assertThat(seen.get("partial").asBoolean()).isFalse();
        assertThat(seen.get("description").asString()).isEqualTo(TEXT);
    }

    @Test
    void thePageShowsTheSameAsTheApi() {
        String[] ids = twoChildrenInTwoUnits();

        var page = WebSession.loggedInAs(port, "socsek").get("/anmalningar/" + ids[0]);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sigrid", "visas därför inte").doesNotContain("Sixten", ids[2], TEXT);
    }

    @Test
    void aReaderOfNoChildIsRefused() {
        String[] ids = twoChildrenInTwoUnits();

        assertThat(Api.as(port, "vuxen").get("/api/v1/reports/" + ids[0]).status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "vuxen").get("/anmalningar/" + ids[0]).status()).isEqualTo(403);
    }
}
