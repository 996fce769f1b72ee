package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.Placed;

/**
 * A SIP and the placement forum in a headless Chromium: the person's plans with the offer form, a held plan with
 * its follow-up form, the forum's list, a placement's plan and a new meeting; screenshots in target/screenshots/
 * and axe-core failing on serious and critical violations.
 */
@HelhetTest
class CoordinationInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk();
    private final ChromeDriver driver = walk.driver();

    @LocalServerPort
    int port;

    @Test
    void aSocialWorkersPlansAndTheUnitManagersPlacementForum() {
        String child = Api.as(port, "socsek").post("/api/v1/persons", Api.json(
                "{'givenName': 'Nova', 'familyName': 'Webbplan', 'birthDate': '%s'}", LocalDate.now().minusYears(9)))
                .json().get("id").asString();
        String sip = "/api/v1/sips/" + Api.as(port, "socsek").post("/api/v1/sips", Api.json(
                "{'kind': 'SIP', 'personId': '%s', 'participants': [{'actorKind': 'SCHOOL', 'actorName': 'Ekdalsskolan'}]}",
                child)).json().get("id").asString();
        Api.as(port, "socsek").post(sip + "/accept", "{}");
        Api.as(port, "socsek").post(sip + "/hold", Api.json("""
                {'needs': 'Jag vill sova bättre.', 'goals': 'Gå till skolan varje dag.', 'followUpOn': '%s',
                 'actions': [{'who': 'Skolan', 'what': 'Läxhjälp', 'byWhen': '%s'}]}""",
                LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(1)));
        var placed = Placed.child(port, 10, "Vide", "FOSTER_HOME");

        walk.logIn("socsek");
        walk.open("/personer/" + child + "/sip");
        assertThat(driver.findElement(By.id("offer-h")).getText()).isEqualTo("Erbjud en samordnad plan");
        walk.check("socsek-sip-lista");
        walk.open(sip.replace("/api/v1/sips/", "/sip/"));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Jag vill sova bättre.", "Läxhjälp");
        walk.check("socsek-sip-hallen");

        walk.logIn("chef");
        walk.open("/placeringsforum");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Vide Testbarn");
        walk.check("chef-placeringsforum");
        walk.open("/placeringsforum/placeringar/" + placed.interventionId());
        walk.check("chef-placeringsforum-plan");
        walk.open("/placeringsforum/moten/nytt");
        walk.check("chef-placeringsforum-nytt-mote");
    }
}
