package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import se.helhet.matter.MatterKind;
import se.helhet.support.AdultMatters;
import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

/**
 * The family-oriented work as the workers of one family do it: a consultation held at the routine's first stop,
 * and the joint child impact analysis with its commission to a provider, by keyboard-usable forms without
 * serious accessibility problems; the administrator's routine form too.
 */
@HelhetTest
class FamilyWorkInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk("familj");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aHeldStopAndAJointChildImpactAnalysisAreRecordedOnTheirPages() {
        var child = CaseFlow.reported(port, 9, "Sigrid", "CONCERN_REPORT");
        Api intake = Api.as(port, "mottagning");
        String mother = intake.post("/api/v1/persons", Api.json(
                "{'givenName': 'Maja', 'familyName': 'Testförälder', 'birthDate': '%s'}",
                LocalDate.now().minusYears(35))).json().get("id").asString();
        intake.post("/api/v1/persons/" + mother + "/relations",
                Api.json("{'type': 'GUARDIAN', 'relatedPersonId': '%s'}", child.childId()));
        AdultMatters.open(context, mother, MatterKind.DOMESTIC_VIOLENCE, "Relationsvåld", "ida.holmberg");
        String stop = intake.get("/api/v1/stops?personId=" + child.childId()).json().get(0).get("stops").get(0)
                .get("id").asString();

        ChromeDriver driver = walk.driver();
        walk.logIn("mottagning");
        String page = "/hallplatser/" + stop;
        walk.open(page);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hållplats: Första samråd");
        walk.check("hallplats");
        driver.findElement(By.id("agreed")).sendKeys("Relationsvården gör skyddsbedömningen, barnhandläggaren "
                + "samtalar med Sigrid.");
        driver.findElement(By.id("nextStep")).sendKeys("Gemensamt möte med mamma på torsdag.");
        walk.go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(), Walk.path(page));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Samrådet är registrerat.");
        assertThat(driver.findElement(By.cssSelector("main .lead")).getText()).contains("samråd hållet");
        walk.check("hallplats-hallen");

        String tab = "/arenden/" + child.matterId() + "/barnkonsekvens";
        walk.open(tab);
        walk.check("barnkonsekvens");
        walk.go(() -> driver.findElement(By.linkText("Ny gemensam barnkonsekvensanalys")).click(),
                Walk.pathStartingWith("/barnkonsekvensanalyser/ny"));
        walk.check("analys-ny");
        driver.findElement(By.id("situation")).sendKeys("Bor med mamma, pappan har kontaktförbud.");
        driver.findElement(By.id("childViews")).sendKeys("Vill gå kvar i sin skola.");
        driver.findElement(By.id("howHeard")).sendKeys("Samtal ensam med Sigrid, med bildkort.");
        driver.findElement(By.id("consequence0-plannedDecision")).sendKeys("Familjebehandling");
        driver.findElement(By.id("consequence0-consequence")).sendKeys("Stöd hemma i vardagen.");
        assertThat(driver.findElement(By.id("invited-0")).isSelected()).as("the mother's matter invited").isTrue();
        assertThat(driver.findElements(By.id("consequence1-plannedDecision"))).as("no row for relationsvården")
                .isEmpty();
        driver.findElement(By.id("jointAssessment")).sendKeys("Skyddat boende med skolskjuts.");
        driver.findElement(By.id("providerName")).sendKeys("Skyddat boende Linden");
        driver.findElement(By.id("childNeeds")).sendKeys("Skolskjuts och samtal om det hon varit med om.");
        driver.findElement(By.id("adultNeeds")).sendKeys("Skydd och stöd i kontakten med polisen.");
        walk.go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(),
                d -> d.getCurrentUrl().matches(".*/barnkonsekvensanalyser/[0-9a-f-]{36}"));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Analysen är sparad.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Gemensamt uppdrag till utförare",
                "Skyddat boende Linden", "Stöd hemma i vardagen.", "Väntar på enhetens del");
        walk.check("analys");
        String analysis = driver.getCurrentUrl().replaceAll("^.*(/barnkonsekvensanalyser/)", "$1");

        // Relationsvården writes its own part; intake's part shows as written, without its text.
        walk.logIn("ida.holmberg");
        walk.open(analysis);
        walk.go(() -> driver.findElement(By.cssSelector("main section.card form button[type=submit]")).click(),
                Walk.pathStartingWith(analysis + "/delar/"));
        assertThat(driver.findElements(By.cssSelector("main .error-summary"))).as("a blank part is refused")
                .hasSize(1);
        walk.check("analys-del-fel");
        driver.findElement(By.cssSelector("main section.card input[name=plannedDecision]")).sendKeys("Skyddat boende");
        driver.findElement(By.cssSelector("main section.card textarea[name=consequence]"))
                .sendKeys("Trygg, men längre till skolan.");
        walk.go(() -> driver.findElement(By.cssSelector("main section.card form button[type=submit]")).click(),
                Walk.path(analysis));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Ärendets del är sparad.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Trygg, men längre till skolan.",
                "Skriven av enheten").doesNotContain("Stöd hemma i vardagen.");
        walk.check("analys-del");
        walk.logIn("mottagning");

        walk.open("/personer/" + child.childId() + "/trygghetsskala");
        driver.findElement(By.id("score")).sendKeys("4");
        driver.findElement(By.id("rater-CHILD")).click();
        walk.go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(),
                Walk.path("/personer/" + child.childId() + "/trygghetsskala"));
        assertThat(driver.findElements(By.cssSelector("main figure svg"))).hasSize(1);
        walk.check("trygghetsskala");

        walk.logIn("admin");
        walk.open("/rutiner/ny");
        walk.check("rutin-ny");
    }
}
