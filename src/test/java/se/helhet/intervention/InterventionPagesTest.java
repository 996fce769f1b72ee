package se.helhet.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class InterventionPagesTest {

    @LocalServerPort
    int port;

    @Test
    void socialWorkerOffersAnInterventionAndRecordsThatTheFamilyAccepts() {
        String matter = new InterventionFlow(port).matter("ORANGE", "Mira");
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        String path = "/arenden/" + matter + "/insatser";

        var empty = web.get(path);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Inga insatser i ärendet", "Kräver beslut (biståndsbedömda)",
                "Placering i familjehem – röd – kräver beslut", "href=\"/arenden/" + matter + "\"",
                "Inget beslut (insats utan biståndsbedömning)");
        String lena = optionValue(empty.body(), "Lena Falk");

        var offered = web.post(path, Map.of("code", "PARENTING_PROGRAMME", "providerKind", "CIVIL_SOCIETY",
                "providerName", "Föreningen Föräldrakraft", "responsibleWorkerId", lena,
                "goals", "Föräldrarna får verktyg för lugnare kvällar.", "decisionId", "", "offeredOn", ""));
        assertThat(offered.status()).isEqualTo(302);
        assertThat(offered.location()).endsWith(path);

        var listed = web.get(path);
        assertThat(listed.body()).contains("Föreningen Föräldrakraft (civilsamhället)", "Lena Falk", "erbjuden",
                "Familjen accepterar", "Familjen tackar nej", "value=\"" + LocalDate.now() + "\"");
        String accept = listed.body().replaceAll("(?s).*action=\"([^\"]+/acceptera)\".*", "$1");
        var accepted = web.post(accept, Map.of("date", LocalDate.now().toString(), "version", "0"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(web.get(path).body()).contains("accepterad", "Insatsen påbörjas",
                "väntar sedan " + LocalDate.now());
    }

    @Test
    void refusedOfferShowsEachMessageBesideItsField() {
        String matter = new InterventionFlow(port).matter("ORANGE", "Nore");
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        web.get("/arenden/" + matter + "/insatser");

        var refused = web.post("/arenden/" + matter + "/insatser", Map.of("code", "FAMILY_TREATMENT",
                "providerKind", "INTERNAL", "providerName", "", "responsibleWorkerId", UUID.randomUUID().toString(),
                "goals", "", "decisionId", "", "offeredOn", ""));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"providerName-error\"", "id=\"goals-error\"",
                "id=\"decisionId-error\"", "id=\"responsibleWorkerId-error\"",
                "Välj en handläggare som finns i Helhet", "Familjebehandling är biståndsbedömd");
    }

    @Test
    void needsAssessedInterventionIsOfferedWithTheDecisionChosenFromTheList() {
        var flow = new InterventionFlow(port);
        String matter = flow.matter("ORANGE", "Petra");
        String decision = flow.granted(matter, "FAMILY_TREATMENT");
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        String path = "/arenden/" + matter + "/insatser";

        var page = web.get(path);
        String option = "Beslut " + LocalDate.now() + ": Familjebehandling";
        assertThat(page.body()).contains(option);
        assertThat(optionValue(page.body(), option)).isEqualTo(decision);

        var offered = web.post(path, Map.of("code", "FAMILY_TREATMENT", "providerKind", "INTERNAL",
                "providerName", "Familjebehandlarna", "responsibleWorkerId", optionValue(page.body(), "Lena Falk"),
                "goals", "Lugnare vardag.", "decisionId", optionValue(page.body(), option), "offeredOn", ""));

        assertThat(offered.status()).isEqualTo(302);
        assertThat(web.get(path).body()).contains("Familjebehandlarna (egen regi)", "Lena Falk",
                "<dt>Beslut om bistånd</dt><dd class=\"nowrap\">" + LocalDate.now() + "</dd>");
    }

    @Test
    void aStaleOrInvalidChoiceIsNamedBesideItsSelectAndKeepsWhatWasTyped() {
        var flow = new InterventionFlow(port);
        String matter = flow.matter("ORANGE", "Rut");
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        String path = "/arenden/" + matter + "/insatser";
        String lena = optionValue(web.get(path).body(), "Lena Falk");

        var stale = web.post(path, Map.of("code", "FAMILY_TREATMENT", "providerKind", "INTERNAL",
                "providerName", "Familjebehandlarna", "responsibleWorkerId", lena,
                "goals", "Tryggare kvällar hemma.", "decisionId", UUID.randomUUID().toString(), "offeredOn", ""));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"decisionId-error\"", "Beslutet finns inte eller beviljade ingen insats",
                ">Tryggare kvällar hemma.</textarea>", "value=\"Familjebehandlarna\"");
        assertThat(stale.body()).containsPattern("<option value=\"" + lena + "\"\\s+selected");

        var invalid = web.post(path, Map.of("code", "PARENTING_PROGRAMME", "providerKind", "INTERNAL",
                "providerName", "Familjebehandlarna", "responsibleWorkerId", "lena.falk",
                "goals", "Tryggare kvällar hemma.", "decisionId", "", "offeredOn", ""));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("id=\"responsibleWorkerId-error\"", "Välj en handläggare i listan",
                ">Tryggare kvällar hemma.</textarea>");
        assertThat(web.get(path).body()).contains("Inga insatser i ärendet");
    }

    /**
     * The granting decision links to the offer with the intervention and the decision chosen; in own provision the
     * provider may be left empty and is then the responsible worker's unit.
     */
    @Test
    void theGrantingDecisionLinksToAnOfferWithItsInterventionAndItselfChosen() {
        var flow = new InterventionFlow(port);
        String matter = flow.matter("ORANGE", "Siv");
        String decision = flow.granted(matter, "FAMILY_TREATMENT");
        WebSession web = WebSession.loggedInAs(port, "chef");
        String path = "/arenden/" + matter + "/insatser";

        String link = path + "?beslut=" + decision + "#erbjud";
        assertThat(web.get("/arenden/" + matter + "/utredning").body()).contains("href=\"" + link + "\"", "Erbjud insatsen");
        var page = web.get(path + "?beslut=" + decision);
        assertThat(page.body()).containsPattern("<option value=\"FAMILY_TREATMENT\"\\s+selected")
                .containsPattern("<option value=\"" + decision + "\"\\s+selected")
                .contains("Vid egen regi kan fältet lämnas tomt");
        assertThat(web.get(path).body()).doesNotContainPattern("<option value=\"" + decision + "\"\\s+selected");

        var offered = web.post(path, Map.of("code", "FAMILY_TREATMENT", "providerKind", "INTERNAL",
                "providerName", "", "responsibleWorkerId", optionValue(page.body(), "Lena Falk"),
                "goals", "Lugnare morgnar.", "decisionId", decision, "offeredOn", ""));
        assertThat(offered.status()).isEqualTo(302);
        assertThat(web.get(path).body()).contains("Barn och unga – pilotteamet Ekdalen (egen regi)", "Lena Falk");
    }

    /** The value of the option whose text is {@code text}. */
    private static String optionValue(String body, String text) {
        var m = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</option>").matcher(body);
        assertThat(m.find()).as("option " + text).isTrue();
        return m.group(1);
    }

    @Test
    void anotherUnitsSocialWorkerIsRefusedThePage() {
        String matter = new InterventionFlow(port).matter("ORANGE", "Olle");

        assertThat(WebSession.loggedInAs(port, "vuxen").get("/arenden/" + matter + "/insatser").status())
                .isEqualTo(403);
    }
}
