package se.helhet.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import se.helhet.support.WebSession;

@HelhetTest
class ForumPagesTest {

    @LocalServerPort
    int port;

    @Test
    void socialWorkerStartsAForumRecordsAMeetingAndBringsAQuestionAnonymously() {
        WebSession web = WebSession.loggedInAs(port, "socsek");
        assertThat(web.get("/samverkansforum").body()).contains("Starta ett samverkansforum");

        var started = web.post("/samverkansforum", Map.of("name", "Forum på sidan", "areaId", "",
                "serves", "Lärkskolan", "recurrence", "EVERY_OTHER_WEEK", "schedule", "Onsdagar kl. 9"));
        assertThat(started.status()).isEqualTo(302);
        String forum = started.location().replaceAll(".*(/samverkansforum/[0-9a-f-]+)$", "$1");
        assertThat(web.get(forum).body()).contains("Forum på sidan", "varannan vecka: Onsdagar kl. 9",
                "Registrera ett hållet möte");

        var refused = web.post(forum + "/moten", Map.of("heldOn", "2026-11-10",
                "actorKind", new String[] {"", "POLICE"}, "name", new String[] {"Ida Berg", "Ola Ek"},
                "role", new String[] {"Kurator", "Kommunpolis"}));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"actorKind-0-error\"", "Välj vilken aktör deltagaren kommer från")
                .doesNotContain("id=\"actorKind-1-error\"");

        var recorded = web.post(forum + "/moten", Map.of("heldOn", "2026-11-10",
                "staffIds", new String[] {StaffIds.of(port, "socsek")},
                "actorKind", new String[] {"SCHOOL", "POLICE", "", ""}, "name", new String[] {"Ida Berg", "Ola Ek", "", ""},
                "role", new String[] {"Kurator", "Kommunpolis", "", ""}, "notes", ""));
        assertThat(recorded.status()).isEqualTo(302);
        String meeting = recorded.location().replaceAll(".*(/samverkansforum/.+)$", "$1");
        assertThat(web.get(meeting).body()).contains("Jonas Ekström", "Ida Berg, Kurator (skola)",
                "Ola Ek, Kommunpolis (polis)", "Ta upp en fråga anonymt");

        var withNumber = web.post(meeting + "/konsultationer", Map.of("ageGroup", "UNDER_6",
                "broughtBy", "Förskolläraren", "question", "Barnet 20150312-2390 kommer ofta utan kläder.",
                "advice", "Tala med föräldrarna.", "actions", "", "followUpBy", "Förskolläraren", "followUpOn", ""));
        assertThat(withNumber.status()).isEqualTo(200);
        assertThat(withNumber.body()).contains("id=\"question-error\"", "Skriv inget personnummer");
        WebSession english = WebSession.loggedInAs(port, "socsek");
        english.get(meeting + "?lang=en");
        assertThat(english.post(meeting + "/konsultationer", Map.of("ageGroup", "", "broughtBy", "Teacher",
                "question", "Child 20150312-2390.", "advice", "", "actions", "", "followUpBy", "Teacher",
                "followUpOn", "")).body()).contains("Write no personal identity number", "age group",
                "Enter the advice the forum gave");


        var brought = web.post(meeting + "/konsultationer", Map.of("ageGroup", "UNDER_6",
                "broughtBy", "Förskolläraren", "question", "Ett barn kommer ofta utan varma kläder.",
                "advice", "Tala med föräldrarna.", "actions", "", "followUpBy", "Förskolläraren",
                "followUpOn", "2026-12-15"));
        assertThat(brought.status()).isEqualTo(302);
        assertThat(web.get(meeting).body()).contains("Fråga 1: 0–5 år", "anonym",
                "Ett barn kommer ofta utan varma kläder.", "Förskolläraren, 2026-12-15");
    }

    @Test
    void theAnalystHasNoForumPages() {
        assertThat(WebSession.loggedInAs(port, "analytiker").get("/samverkansforum").status()).isEqualTo(403);
    }
}
