package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;

/**
 * The investigator writes the proposed decision on the investigation page, kept as they type, and submits it;
 * the unit manager finds it on the start page and decides on it in their own words. Screenshots and axe-core on
 * each page (target/screenshots/proposal-*.png).
 */
@HelhetTest
class ProposalInBrowserTest {

    private static final String REASONS = "Hedda och pappan behöver stöd hemma med rutiner och skolgång.";

    @LocalServerPort
    int port;

    @RegisterExtension
    final Walk walk = new Walk("proposal");
    private final ChromeDriver driver = walk.driver();

    private String investigatedBySocsek() {
        var opened = CaseFlow.investigated(port, 10, "Hedda", "ORANGE");
        var investigation = CaseFlow.investigation(port, opened.matterId());
        String id = investigation.get("id").asString();
        Api chef = Api.as(port, "chef");
        chef.post("/api/v1/investigations/" + id + "/investigator", Api.json("{'investigatorId': '%s', 'version': %d}",
                StaffIds.of(port, "socsek"), investigation.get("version").asInt()));
        chef.post("/api/v1/investigations/" + id + "/communication", Api.json("{'givenOn': '%s', 'version': %d}",
                LocalDate.now(ZoneId.of("Europe/Stockholm")), investigation.get("version").asInt() + 1));
        return opened.matterId();
    }

    @Test
    void theInvestigatorProposesAsTheyTypeAndTheManagerDecidesOnTheProposal() {
        String matter = investigatedBySocsek();
        String page = "/arenden/" + matter + "/utredning";

        walk.logIn("socsek");
        walk.open(page + "#beslut");
        driver.findElement(By.id("outcome")).click();
        new Select(driver.findElement(By.id("interventionCode"))).selectByValue("FAMILY_TREATMENT");
        driver.findElement(By.id("reasons")).sendKeys(REASONS);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(
                "form[action$='/forslag'] .draft-status")).getText().startsWith("Utkast sparat"));
        walk.check("drafting");

        walk.go(() -> driver.navigate().refresh(), Walk.path(page));
        assertThat(driver.findElement(By.id("reasons")).getDomProperty("value")).isEqualTo(REASONS);
        assertThat(driver.findElement(By.cssSelector(".decision-card .draft-resumed")).getText())
                .contains("återupptaget");
        walk.go(driver.findElement(By.cssSelector("form[action$='/forslag'] button[type=submit]"))::click,
                Walk.path(page));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText())
                .isEqualTo("Förslaget till beslut är lämnat till enhetschefen.");
        assertThat(driver.findElement(By.id("forslag")).getText()).contains(REASONS, "familjebehandling");
        walk.check("submitted");
        walk.logOut();

        walk.logIn("chef");
        var proposal = driver.findElement(By.cssSelector("a[href='" + page + "#forslag']"));
        walk.check("start");
        walk.go(proposal::click, Walk.path(page));
        assertThat(driver.findElement(By.cssSelector("form[action$='/beslut'] #reasons")).getDomProperty("value"))
                .isEqualTo(REASONS);
        walk.check("to-decide");
        driver.findElement(By.cssSelector("form[action$='/beslut'] #reasons")).sendKeys(" Varje vecka i tre månader.");
        walk.go(driver.findElement(By.cssSelector("form[action$='/beslut'] button[type=submit]"))::click,
                Walk.path(page));
        assertThat(driver.findElement(By.id("beslut")).getText()).contains("på förslag av",
                "Varje vecka i tre månader.");
        walk.check("decided");
        walk.logOut();
    }
}
