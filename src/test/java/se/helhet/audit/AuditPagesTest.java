package se.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class AuditPagesTest {

    @LocalServerPort
    int port;

    private static final Map<String, String> CRITERIA = Map.of("keyId", AuditCalls.EXAMPLE_KEY, "area", "ALL",
            "closedFrom", "2025-01-01", "closedTo", "2025-12-31", "level", "", "sampleSize", "3", "seed", "sida");

    @Test
    void theAuditorSetsUpAnAuditAndSeesTheCriteriaTheCountAndTheSample() {
        WebSession auditor = WebSession.loggedInAs(port, "granskare");
        assertThat(auditor.get("/aktgranskning/ny").body()).contains("Familjeorienterat arbetssätt, version 1",
                "Barn och unga – pilotteamet Ekdalen");
        var fields = new java.util.HashMap<String, Object>(CRITERIA);
        fields.put("name", "Sidan 2025");

        var created = auditor.post("/aktgranskning", fields);

        assertThat(created.status()).isEqualTo(302);
        var page = auditor.get(created.location().replace("http://localhost:" + port, ""));
        assertThat(page.body()).contains("Sidan 2025", "Ärenden som uppfyllde kriterierna", "sida", "0 av 3",
                "Urvalet är draget: 3 av", "Ärenden i urvalet, i dragningsordning", "href=\"/arenden/", "Granska");
        assertThat(auditor.get("/aktgranskning").body()).contains("Sidan 2025", "Pågår");
        var file = java.util.regex.Pattern.compile("href=\"(/arenden/[0-9a-f-]{36})\"").matcher(page.body());
        assertThat(file.find()).isTrue();
        assertThat(auditor.get(file.group(1)).status()).as("the auditor opens the matter's file").isEqualTo(200);
    }

    @Test
    void aWrongCriterionIsShownBesideItsFieldWithWhatWasTyped() {
        WebSession auditor = WebSession.loggedInAs(port, "granskare");
        auditor.get("/aktgranskning/ny");
        var fields = new java.util.HashMap<String, Object>(CRITERIA);
        fields.put("name", "Min granskning");
        fields.put("closedTo", "2024-12-31");
        fields.put("sampleSize", "tjugo");

        var page = auditor.post("/aktgranskning", fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Periodens slut kan inte ligga före dess början",
                "Ange hur många ärenden som ska granskas", "value=\"Min granskning\"", "value=\"tjugo\"");
    }

    @Test
    void eachCriterionsErrorIsTiedToItsControl() {
        WebSession auditor = WebSession.loggedInAs(port, "granskare");
        auditor.get("/aktgranskning/ny");
        var fields = new java.util.HashMap<String, Object>(CRITERIA);
        fields.put("name", "Fel överallt");
        fields.put("unitIds", java.util.UUID.randomUUID().toString());
        fields.put("area", "NORTH");
        fields.put("level", "PURPLE");

        var page = auditor.post("/aktgranskning", fields).body();

        assertThat(page).contains("id=\"unitIds-error\"", "aria-describedby=\"unitIds-hint unitIds-error\"",
                "id=\"area-error\"", "aria-describedby=\"area-hint area-error\"", "id=\"level-error\"");
        assertThat(page).containsPattern(Pattern.compile(
                "<select id=\"level\" name=\"level\"\\s+aria-invalid=\"true\" aria-describedby=\"level-error\""));
        assertThat(page).containsPattern(Pattern.compile("name=\"area\"[^>]*aria-invalid=\"true\""))
                .containsPattern(Pattern.compile("name=\"unitIds\"[^>]*aria-invalid=\"true\""));
    }

    @Test
    void theReviewerAnswersWithRadioGroupsSavesPartlyAndCannotMarkReviewedUntilDone() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Svara på sidan", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 2, "r"));
        String path = "/aktgranskning/" + audit.get("id").asString() + "/arenden/" + calls.sample(audit).getFirst();
        WebSession auditor = WebSession.loggedInAs(port, "granskare");

        var form = auditor.get(path);
        assertThat(form.body()).contains("<legend>Samråd och samordning</legend>", "<legend>Barnets delaktighet</legend>",
                "1. Har barnets handläggare och de vuxnas handläggare haft samråd om familjen?",
                "1 = Ingen synlig samverkan, 5 = Samverkan i alla steg", "Öppna barnets akt", "Nästa ärende")
                .containsPattern("type=\"radio\"[^>]*name=\"q1\"");
        var saved = auditor.post(path, Map.of("q1", "PARTLY", "q1-comment", "Ett samråd i slutet.", "q12", "4",
                "action", "save"));
        assertThat(saved.status()).isEqualTo(302);
        var again = auditor.get(path);
        assertThat(again.body()).containsPattern(Pattern.compile("value=\"PARTLY\"\\s+checked"))
                .contains("Ett samråd i slutet.");

        var typed = auditor.put(path, Map.of("q1", "PARTLY", "q1-comment", "Ett samråd i slutet, skrivet nyss.",
                "q12", "4"));
        assertThat(typed.status()).isEqualTo(200);
        assertThat(typed.body()).startsWith("Sparat ");
        assertThat(auditor.get(path).body()).contains("Ett samråd i slutet, skrivet nyss.");
        assertThat(auditor.put(path, Map.of("q2-comment", "x".repeat(4001))).body())
                .isEqualTo("Kommentaren får vara högst 4000 tecken");

        var refused = auditor.post(path, Map.of("q1", "PARTLY", "q1-comment", "Ett samråd i slutet (ändrat).",
                "q12", "4", "action", "reviewed"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Fråga 2 är inte besvarad", "Ett samråd i slutet (ändrat).");
    }

    @Test
    void theAnalystSeesResultsButNoSampleAndNoCommentsAndTheSocialWorkerNothing() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Analytikerns vy", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "q"));
        String id = audit.get("id").asString();
        AuditCalls.ok(calls.answered(id, calls.sample(audit).getFirst(), "YES", "NO", "PARTLY", 3, true));
        WebSession analyst = WebSession.loggedInAs(port, "analytiker");

        var results = analyst.get("/aktgranskning/" + id + "/resultat");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()).contains("För få granskade ärenden (under 5)")
                .doesNotContain("Svar per fråga", "Samråd syns i journalen.");
        assertThat(analyst.get("/aktgranskning/" + id).body()).doesNotContain("/arenden/")
                .contains("Som analytiker ser du resultaten");
        assertThat(WebSession.loggedInAs(port, "granskare").get("/aktgranskning/" + id + "/resultat").body())
                .contains("Svar per fråga", "1 (100,0 %)", "Medelvärde 3,0 på skalan 1–5", "Samråd syns i journalen.");
        assertThat(analyst.get("/aktgranskning?lang=en").body()).contains("File audit", "Audit key");
        assertThat(WebSession.loggedInAs(port, "socsek").get("/aktgranskning").status()).isEqualTo(403);
    }

    @Test
    void twoAuditsAreComparedSideBySide() {
        var calls = new AuditCalls(port);
        var first = calls.drawn(calls.created("Jämför 2024", "[]", "ALL", "2024-01-01", "2024-12-31", "null", 1, "j"));
        var second = calls.drawn(calls.created("Jämför 2025", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "j"));
        AuditCalls.ok(calls.answered(first.get("id").asString(), calls.sample(first).getFirst(), "NO", "NO", "NO", 2, true));
        AuditCalls.ok(calls.answered(second.get("id").asString(), calls.sample(second).getFirst(), "YES", "NO", "NO", 4, true));

        var page = WebSession.loggedInAs(port, "chef").get("/aktgranskning/jamforelse?forsta="
                + first.get("id").asString() + "&andra=" + second.get("id").asString());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Jämför 2024", "Jämför 2025", "0,0 % ja (0 av 1)", "100,0 % ja (1 av 1)",
                "100,0 %-enheter", "2,0");
    }
}
