package se.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class AuditKeyPagesTest {

    @LocalServerPort
    int port;

    private static String uniqueCode(String start) {
        return start + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A key of two questions as the form sends it: a yes/no question and one on the scale. */
    private static Map<String, Object> twoQuestions(String code, String name) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("description", "Skriven på sidan");
        fields.put("questions[0].group", "Barnet");
        fields.put("questions[0].text", "Har handläggaren träffat barnet?");
        fields.put("questions[0].answerKind", "YES_PARTLY_NO_NA");
        fields.put("questions[0].scaleLow", "");
        fields.put("questions[0].scaleHigh", "");
        fields.put("questions[1].group", "Barnet");
        fields.put("questions[1].text", "Hur väl syns barnets synpunkter?");
        fields.put("questions[1].answerKind", "SCALE");
        fields.put("questions[1].scaleLow", "Inte alls");
        fields.put("questions[1].scaleHigh", "Helt och tydligt");
        return fields;
    }

    @Test
    void theAuditorWritesAKeyOnThePageAndANewAuditCanUseIt() {
        WebSession auditor = WebSession.loggedInAs(port, "granskare");
        assertThat(auditor.get("/aktgranskning/nycklar").body()).contains("href=\"/aktgranskning/nycklar/ny\"",
                "Ny granskningsnyckel", "Ny version");
        assertThat(auditor.get("/aktgranskning/nycklar/ny").body()).contains("<legend>Fråga 1</legend>",
                "Lägg till fråga", "Ta bort fråga 1");
        var fields = twoQuestions(uniqueCode("PAGE"), "Barnets röst på sidan");
        fields.put("save", "1");

        var saved = auditor.post("/aktgranskning/nycklar", fields);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).contains("/aktgranskning/nycklar#key-");
        assertThat(auditor.get("/aktgranskning/nycklar").body()).contains("Barnets röst på sidan, version 1, är sparad.",
                "Barnets röst på sidan, version 1", "Har handläggaren träffat barnet?",
                "Skala 1–5: 1 = Inte alls, 5 = Helt och tydligt");
        assertThat(auditor.get("/aktgranskning/ny").body()).contains("Barnets röst på sidan, version 1");
        assertThat(auditor.get("/aktgranskning/nycklar/ny?lang=en").body()).contains("New audit key",
                "<legend>Question 1</legend>", "Add a question", "Remove question 1", "Save the key");
    }

    @Test
    void addingAndRemovingRowsKeepsWhatWasTyped() {
        WebSession auditor = WebSession.loggedInAs(port, "chef");
        auditor.get("/aktgranskning/nycklar/ny");
        var fields = twoQuestions("HALF_TYPED", "Halvskriven nyckel");
        fields.put("add", "1");

        var more = auditor.post("/aktgranskning/nycklar", fields).body();

        assertThat(more).contains("<legend>Fråga 3</legend>", "value=\"HALF_TYPED\"", "value=\"Halvskriven nyckel\"",
                "Skriven på sidan</textarea>", "value=\"Har handläggaren träffat barnet?\"", "value=\"Inte alls\"")
                .containsPattern(Pattern.compile("id=\"q3-group\" name=\"questions\\[2]\\.group\" value=\"\""
                        + "[^>]*autofocus"))
                .doesNotContain("<legend>Fråga 4</legend>", "error-summary");
        assertThat(more).containsPattern(Pattern.compile("id=\"q2-answerKind-SCALE\"[^>]*value=\"SCALE\"[^>]*checked"));

        fields.remove("add");
        fields.put("remove", "1");
        var fewer = auditor.post("/aktgranskning/nycklar", fields).body();

        assertThat(fewer).contains("Fråga 1 är borttagen.", "<legend>Fråga 1</legend>",
                        "id=\"q1-text\" name=\"questions[0].text\" value=\"Hur väl syns barnets synpunkter?\"",
                        "value=\"Helt och tydligt\"", "value=\"Halvskriven nyckel\"")
                .doesNotContain("<legend>Fråga 2</legend>", "Har handläggaren träffat barnet?");
        assertThat(WebSession.loggedInAs(port, "chef").get("/aktgranskning/nycklar").body())
                .as("adding and removing rows saves nothing").doesNotContain("Halvskriven nyckel");
    }

    @Test
    void errorsAreShownBesideTheirFieldsWithWhatWasTyped() {
        WebSession auditor = WebSession.loggedInAs(port, "granskare");
        auditor.get("/aktgranskning/nycklar/ny");
        var fields = twoQuestions("fel kod", "Nyckel med fel");
        fields.put("questions[1].text", "");
        fields.put("questions[1].scaleHigh", "");
        fields.put("save", "1");

        var page = auditor.post("/aktgranskning/nycklar", fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Rätta följande", "href=\"#code\"", "href=\"#q2-text\"", "href=\"#q2-scaleHigh\"",
                "Koden skrivs med versaler", "Skriv frågan (högst 1000 tecken)", "Beskriv skalans högsta värde (5)",
                "value=\"fel kod\"", "value=\"Nyckel med fel\"", "value=\"Inte alls\"", "id=\"q2-text-error\"")
                .containsPattern(Pattern.compile("id=\"q2-text\" name=\"questions\\[1]\\.text\" value=\"\""
                        + "[^>]*aria-invalid=\"true\" aria-describedby=\"q2-text-error\""))
                .containsPattern(Pattern.compile("id=\"q1-text\"[^>]*aria-invalid=\"false\""));

        var taken = twoQuestions("FAMILY_ORIENTED", "Min familjenyckel");
        taken.put("save", "1");
        assertThat(auditor.post("/aktgranskning/nycklar", taken).body())
                .as("a new key never becomes a version of another").contains("Koden används redan av en annan nyckel");
    }

    @Test
    void aNewVersionStartsFromTheLatestAndRefusesOnceSomeoneSavedAnother() {
        WebSession auditor = WebSession.loggedInAs(port, "granskare");
        auditor.get("/aktgranskning/nycklar/ny");
        String code = uniqueCode("VERSIONED");
        var first = twoQuestions(code, "Nyckel i versioner");
        first.put("save", "1");
        String firstId = auditor.post("/aktgranskning/nycklar", first).location().replaceAll(".*#key-", "");
        auditor.get("/aktgranskning/nycklar");
        String path = "/aktgranskning/nycklar/" + firstId + "/ny-version";

        var form = auditor.get(path).body();
        assertThat(form).contains("Ny version av Nyckel i versioner", "Utgår från version 1 och sparas som version 2",
                "value=\"Nyckel i versioner\"", "Skriven på sidan</textarea>",
                "value=\"Har handläggaren träffat barnet?\"", "value=\"Helt och tydligt\"")
                .doesNotContain("id=\"code\"");
        var second = twoQuestions("IGNORED", "Nyckel i versioner");
        second.put("questions[0].text", "Har handläggaren träffat barnet ensam?");
        second.put("save", "1");
        var saved = auditor.post(path, second);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String secondId = saved.location().replaceAll(".*#key-", "");

        assertThat(auditor.get(path).body()).as("an older version's link starts from the latest")
                .contains("Utgår från version 2", "value=\"Har handläggaren träffat barnet ensam?\"");
        var list = auditor.get("/aktgranskning/nycklar").body();
        assertThat(list).contains("Nyckel i versioner, version 2, är sparad.", "Nyckel i versioner, version 1",
                "/aktgranskning/nycklar/" + secondId + "/ny-version")
                .doesNotContain("/aktgranskning/nycklar/" + firstId + "/ny-version");
        assertThat(auditor.post(path, second).body()).as("started from version 1 after version 2 was saved")
                .contains("Någon har sparat en nyare version", "value=\"Har handläggaren träffat barnet ensam?\"");
    }

    @Test
    void onlyThoseWhoConductAuditsWriteKeys() {
        for (String user : new String[] {"socsek", "analytiker"}) {
            WebSession session = WebSession.loggedInAs(port, user);
            session.get("/");
            assertThat(session.get("/aktgranskning/nycklar/ny").status()).as(user).isEqualTo(403);
            assertThat(session.get("/aktgranskning/nycklar/" + AuditCalls.EXAMPLE_KEY + "/ny-version").status())
                    .as(user).isEqualTo(403);
            var fields = twoQuestions(uniqueCode("DENIED"), "Får inte");
            fields.put("save", "1");
            assertThat(session.post("/aktgranskning/nycklar", fields).status()).as(user).isEqualTo(403);
            fields.put("add", "1");
            assertThat(session.post("/aktgranskning/nycklar", fields).status()).as(user).isEqualTo(403);
        }
        var analystList = WebSession.loggedInAs(port, "analytiker").get("/aktgranskning/nycklar");
        assertThat(analystList.status()).isEqualTo(200);
        assertThat(analystList.body()).doesNotContain("Ny granskningsnyckel", "ny-version");
    }
}
