package se.helhet.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

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
                "Placering i familjehem – röd – kräver beslut", "href=\"/arenden/" + matter + "\"");

        var offered = web.post(path, Map.of("code", "PARENTING_PROGRAMME", "providerKind", "CIVIL_SOCIETY",
                "providerName", "Föreningen Föräldrakraft", "responsibleWorker", "lena.falk",
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
                "providerKind", "INTERNAL", "providerName", "", "responsibleWorker", "ingen.alls", "goals", "",
                "decisionId", "", "offeredOn", ""));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"providerName-error\"", "id=\"goals-error\"",
                "id=\"decisionId-error\"", "Det finns ingen användare med det användarnamnet",
                "Familjebehandling är biståndsbedömd");
    }

    @Test
    void anotherUnitsSocialWorkerIsRefusedThePage() {
        String matter = new InterventionFlow(port).matter("ORANGE", "Olle");

        assertThat(WebSession.loggedInAs(port, "vuxen").get("/arenden/" + matter + "/insatser").status())
                .isEqualTo(403);
    }
}
