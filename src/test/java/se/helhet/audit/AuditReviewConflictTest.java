package se.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/** Two reviewers, or two tabs, on the same matter: a save after someone else's is refused, never merged unseen. */
@HelhetTest
class AuditReviewConflictTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Test
    void aStaleFormIsRefusedAndTheNewerAnswersStay() {
        String path = sampledMatterPage("Två flikar", "t1");
        WebSession first = WebSession.loggedInAs(port, "granskare");
        WebSession second = WebSession.loggedInAs(port, "chef");
        String opened = version(first.get(path).body());
        assertThat(version(second.get(path).body())).isEqualTo(opened);

        var saved = second.put(path, Map.of("q1", "NO", "q1-comment", "Inget samråd.", "version", opened));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).startsWith("Sparat ").contains("hx-swap-oob").doesNotContain("value=\"" + opened + "\"");

        var stale = first.put(path, Map.of("q1", "YES", "q1-comment", "", "q2", "YES", "version", opened));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan har sparat svar om ärendet", "Ladda om sidan");
        var posted = first.post(path, Map.of("q1", "YES", "version", opened, "action", "save"));
        assertThat(posted.status()).isEqualTo(409);
        assertThat(posted.body()).contains("Någon annan har sparat svar om ärendet");

        var page = first.get(path).body();
        assertThat(page).containsPattern(Pattern.compile("value=\"NO\"\\s+checked")).contains("Inget samråd.");
        assertThat(version(page)).isNotEqualTo(opened);
    }

    @Test
    void theTabThatSavedGoesOnSavingWithTheVersionItWasGiven() {
        String path = sampledMatterPage("Samma flik", "t2");
        WebSession reviewer = WebSession.loggedInAs(port, "granskare");
        String opened = version(reviewer.get(path).body());

        var saved = reviewer.put(path, Map.of("q1", "YES", "version", opened));
        var again = reviewer.put(path, Map.of("q1", "YES", "q2", "NO", "version", version(saved.body())));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).startsWith("Sparat ");
    }

    @Test
    void savingTheWholeFormRecordsOnlyTheAnswersThatChangedAsTheirReviewers() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Vem svarade", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "t3"));
        String id = audit.get("id").asString();
        String matter = calls.sample(audit).getFirst();
        String path = "/aktgranskning/" + id + "/arenden/" + matter;
        WebSession auditor = WebSession.loggedInAs(port, "granskare");
        auditor.get(path);
        auditor.post(path, Map.of("q1", "YES", "q1-comment", "Samråd i början.", "q2", "NO", "action", "save"));
        WebSession manager = WebSession.loggedInAs(port, "chef");
        String opened = version(manager.get(path).body());

        var saved = manager.put(path, Map.of("q1", "YES", "q1-comment", "Samråd i början.", "q2", "PARTLY",
                "version", opened));

        assertThat(saved.status()).isEqualTo(200);
        var answers = Api.as(port, "granskare").get("/api/v1/audits/" + id + "/matters/" + matter + "/answers").json()
                .get("answers");
        assertThat(answers.get(0).get("answeredBy").asString()).as("q1, unchanged").isEqualTo("Annika Lundgren");
        assertThat(answers.get(1).get("answer").asString()).isEqualTo("PARTLY");
        assertThat(answers.get(1).get("answeredBy").asString()).as("q2, changed").isEqualTo("Helena Åberg");
    }

    @Test
    void theApiRefusesASaveWithAnOldVersion() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Via API", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "t4"));
        String answers = "/api/v1/audits/" + audit.get("id").asString() + "/matters/" + calls.sample(audit).getFirst()
                + "/answers";
        int read = AuditCalls.ok(Api.as(port, "granskare").get(answers)).json().get("version").asInt();
        AuditCalls.ok(Api.as(port, "granskare").put(answers,
                Api.json("{'answers': [{'question': 1, 'answer': 'YES'}], 'version': %d}", read)));

        var stale = Api.as(port, "chef").put(answers,
                Api.json("{'answers': [{'question': 1, 'answer': 'NO'}], 'version': %d}", read));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
    }

    private String sampledMatterPage(String name, String seed) {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created(name, "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, seed));
        return "/aktgranskning/" + audit.get("id").asString() + "/arenden/" + calls.sample(audit).getFirst();
    }

    private static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("the form's version").isTrue();
        return m.group(1);
    }
}
