package se.helhet.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class DraftTest {

    @LocalServerPort
    int port;

    @Test
    void whatIsTypedIsSavedAsTheUserTypesAndOnlyTheAuthorGetsItBack() {
        var author = WebSession.loggedInAs(port, "mottagning");
        author.get("/");

        var saved = author.put("/utkast/test/draft-form", Map.of("description", "Barnet berättar att…",
                "concernReasons", new String[] {"NEGLECT", "CRIME"}));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).matches("Utkast sparat \\d\\d:\\d\\d");
        var other = WebSession.loggedInAs(port, "chef");
        other.get("/");
        assertThat(other.put("/utkast/test/draft-form", Map.of("description", "Annat")).status()).isEqualTo(200);
        assertThat(author.put("/utkast/test/draft-form", Map.of("description", "Barnet berättar att… mer"))
                .body()).startsWith("Utkast sparat");
    }

    @Test
    void eachUserGetsBackTheirOwnDraftOfTheSameFormNeverAnothers() {
        var author = WebSession.loggedInAs(port, "mottagning");
        author.get("/anmalningar/ny");
        var other = WebSession.loggedInAs(port, "chef");
        other.get("/anmalningar/ny");
        author.put("/utkast/intake/new-report", Map.of("kind", "CONCERN_REPORT",
                "description", "Mottagningens text om oron."));
        other.put("/utkast/intake/new-report", Map.of("kind", "CONCERN_REPORT",
                "description", "Chefens helt andra text."));

        assertThat(author.get("/anmalningar/ny").body()).contains("Mottagningens text om oron.")
                .doesNotContain("Chefens helt andra text.");
        assertThat(other.get("/anmalningar/ny").body()).contains("Chefens helt andra text.")
                .doesNotContain("Mottagningens text om oron.");
        author.post("/utkast/intake/new-report", Map.of("back", "/anmalningar/ny"));
        other.post("/utkast/intake/new-report", Map.of("back", "/anmalningar/ny"));
    }

    @Test
    void draftSaveAfterTheSessionEndedGets401SoThePageKeepsItsText() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/utkast/test/x"))
                .header("HX-Request", "true").header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("description=x")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(WebSession.anonymous(port).get("/personer").status()).isEqualTo(302);
    }

    @Test
    void reportFormIsResumedFromTheDraftUntilTheUserThrowsItAway() {
        var worker = WebSession.loggedInAs(port, "mottagning");
        worker.get("/anmalningar/ny");
        worker.put("/utkast/intake/new-report", Map.of("kind", "CONCERN_REPORT", "reporterOrganisation",
                "Sjöviksskolan", "description", "Eleven har berättat om oro hemma.",
                "concernReasons", new String[] {"NEGLECT", "SCHOOL_PROBLEMS"}));

        var resumed = worker.get("/anmalningar/ny");

        assertThat(resumed.body()).contains("återupptaget", "value=\"Sjöviksskolan\"",
                "Eleven har berättat om oro hemma.", "value=\"SCHOOL_PROBLEMS\" checked");
        assertThat(worker.post("/utkast/intake/new-report", Map.of("back", "/anmalningar/ny")).status()).isEqualTo(302);
        assertThat(worker.get("/anmalningar/ny").body()).doesNotContain("Sjöviksskolan", "återupptaget");
    }

    @Test
    void caseNoteBeingWrittenComesBackWhenTheMatterIsOpenedAgain() {
        var opened = se.helhet.support.CaseFlow.reported(port, 8, "Dora", "CONCERN_REPORT");
        var worker = WebSession.loggedInAs(port, "mottagning");
        worker.get("/arenden/" + opened.matterId() + "/anteckningar");

        worker.put("/utkast/casenote/new/" + opened.matterId(), Map.of("type", "PHONE",
                "text", "Ringde mamman som berättade om helgen."));

        assertThat(worker.get("/arenden/" + opened.matterId() + "/anteckningar").body())
                .contains("återupptaget", "Ringde mamman som berättade om helgen.");
    }
}
