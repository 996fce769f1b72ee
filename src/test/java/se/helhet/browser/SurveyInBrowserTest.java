package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

/**
 * The survey pages in a headless Chromium with axe-core on each: a parent answering with a code on the public
 * page, and the unit manager's list, survey, paper entry and results with their charts. Screenshots land in
 * target/screenshots/survey-&lt;page&gt;.png.
 */
@HelhetTest
class SurveyInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk("survey");
    private final ChromeDriver driver = walk.driver();

    @LocalServerPort
    int port;

    @Test
    void aParentAnswersWithACodeUsingTheKeyboardAndLabels() {
        String code = openSurveyWithCode();
        walk.open("/svar");
        walk.check("answer-code");

        driver.findElement(By.id("code")).sendKeys(code);
        walk.go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(), Walk.path("/svar"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Webbenkät");
        walk.check("answer-questions");

        driver.findElement(By.cssSelector("label[for='q-browser-4']")).click();
        assertThat(driver.findElement(By.id("q-browser-4")).isSelected()).isTrue();
        driver.findElement(By.id("q-browser-text")).sendKeys("Bra att få träffa alla på en gång.");
        walk.go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(), Walk.path("/svar/tack"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tack för dina svar");
        walk.check("answer-thanks");
    }

    @Test
    void theUnitManagerSeesSurveysPaperEntryAndResultsWithCharts() {
        walk.logIn("chef");
        walk.open("/enkater");
        walk.check("list");
        WebElement staff = driver.findElement(By.linkText("Medarbetarenkät om samordnat arbete " + (Year.now().getValue() - 1)));
        walk.go(staff::click, d -> true);
        walk.check("survey");
        walk.go(() -> driver.findElement(By.linkText("Resultat")).click(), d -> true);
        assertThat(driver.findElements(By.cssSelector("svg[role=img]"))).hasSizeGreaterThan(5);
        walk.check("results");

        walk.open("/enkater");
        walk.go(() -> driver.findElement(By.linkText("Föräldraenkät " + Year.now().getValue())).click(), d -> true);
        walk.go(() -> driver.findElement(By.linkText("Registrera pappersenkäter")).click(), d -> true);
        walk.check("paper");
    }

    private String openSurveyWithCode() {
        Api chef = Api.as(port, "chef");
        Api.Response created = chef.post("/api/v1/surveys", "{\"audience\":\"PARENTS\",\"year\":2090,\"title\":\"Webbenkät\"}");
        String id = created.json().get("id").asString();
        chef.post("/api/v1/surveys/" + id + "/questions",
                "{\"key\":\"browser\",\"kind\":\"LIKERT\",\"text\":\"Vet du vem som ansvarar för vad?\"}");
        chef.post("/api/v1/surveys/" + id + "/questions",
                "{\"key\":\"browser-text\",\"kind\":\"FREE_TEXT\",\"text\":\"Vad kan bli bättre?\"}");
        chef.post("/api/v1/surveys/" + id + "/open", "");
        return chef.post("/api/v1/surveys/" + id + "/codes", "{\"count\":1}").json().get("codes").get(0).asString();
    }
}
