package se.helhet.casenote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * "Skriv en anteckning om samtalet" on the investigation page opens the note with its type chosen; the note can
 * be saved and signed at once, and then leads back to the investigation, where the child now counts as heard.
 */
@HelhetTest
class NoteFromTheInvestigationPageTest {

    @LocalServerPort
    int port;

    @Test
    void theConversationLinkChoosesTheTypeAndASignedNoteLeadsBackToTheInvestigation() {
        String matter = CaseFlow.investigated(port, 9, "Ines", "ORANGE").matterId();
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        String investigation = "/arenden/" + matter + "/utredning";
        String link = "/arenden/" + matter + "/anteckningar?typ=CONVERSATION_WITH_CHILD&amp;tillbaka=utredning#ny-anteckning";
        assertThat(web.get(investigation).body()).contains("href=\"" + link + "\"", "Skriv en anteckning om samtalet");

        String form = web.get("/arenden/" + matter + "/anteckningar?typ=CONVERSATION_WITH_CHILD&tillbaka=utredning").body();
        assertThat(form).containsPattern("value=\"CONVERSATION_WITH_CHILD\"[^>]*checked")
                .contains("name=\"tillbaka\" value=\"utredning\"", "Spara och signera");
        assertThat(web.get("/arenden/" + matter + "/anteckningar").body())
                .doesNotContainPattern("value=\"CONVERSATION_WITH_CHILD\"[^>]*checked");

        var signed = web.post("/arenden/" + matter + "/anteckningar", Map.ofEntries(
                Map.entry("type", "CONVERSATION_WITH_CHILD"), Map.entry("occurredOn", LocalDate.now(ZoneId.of("Europe/Stockholm")).toString()),
                Map.entry("minutesSpent", "30"), Map.entry("text", "Samtal på skolan."), Map.entry("childInformed", "true"),
                Map.entry("childViews", "Jag vill ha frukost."), Map.entry("noConversationReason", ""),
                Map.entry("schoolName", ""), Map.entry("signera", "ja"), Map.entry("tillbaka", "utredning")));
        assertThat(signed.status()).isEqualTo(302);
        assertThat(signed.location()).endsWith(investigation + "#kontakter");
        assertThat(web.get(investigation).body()).contains("Anteckningen är sparad och signerad.")
                .doesNotContain("Skriv en anteckning om samtalet");
        assertThat(web.get("/arenden/" + matter + "/anteckningar").body()).contains("Signerad", "Jag vill ha frukost.")
                .doesNotContain("Ändra utkastet");
    }
}
