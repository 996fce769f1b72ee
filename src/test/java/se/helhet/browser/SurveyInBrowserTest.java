package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static Browser browser;

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private final List<String> serious = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void loggedOut() {
        driver = browser.driver();
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    @AfterEach
    void noSeriousAccessibilityProblems() {
        assertThat(serious)
                .withFailMessage(() -> "axe-core found serious or critical violations:\n  " + String.join("\n  ", serious))
                .isEmpty();
    }

    @Test
    void aParentAnswersWithACodeUsingTheKeyboardAndLabels() {
        String code = openSurveyWithCode();
        driver.get(url("/svar"));
        check("answer-code");

        driver.findElement(By.id("code")).sendKeys(code);
        go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(), "/svar");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Webbenkät");
        check("answer-questions");

        driver.findElement(By.cssSelector("label[for='q-browser-4']")).click();
        assertThat(driver.findElement(By.id("q-browser-4")).isSelected()).isTrue();
        driver.findElement(By.id("q-browser-text")).sendKeys("Bra att få träffa alla på en gång.");
        go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(), "/svar/tack");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tack för dina svar");
        check("answer-thanks");
    }

    @Test
    void theUnitManagerSeesSurveysPaperEntryAndResultsWithCharts() {
        logIn("chef");
        driver.get(url("/enkater"));
        check("list");
        WebElement staff = driver.findElement(By.linkText("Medarbetarenkät om samordnat arbete " + (Year.now().getValue() - 1)));
        go(staff::click, null);
        check("survey");
        go(() -> driver.findElement(By.linkText("Resultat")).click(), null);
        assertThat(driver.findElements(By.cssSelector("svg[role=img]"))).hasSizeGreaterThan(5);
        check("results");

        driver.get(url("/enkater"));
        go(() -> driver.findElement(By.linkText("Föräldraenkät " + Year.now().getValue())).click(), null);
        go(() -> driver.findElement(By.linkText("Registrera pappersenkäter")).click(), null);
        check("paper");
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

    private void logIn(String user) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(), "/");
    }

    private void go(Runnable action, String path) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, WAIT).until(PageChange.gone(oldPage));
        new WebDriverWait(driver, WAIT).until(d -> (path == null || URI.create(d.getCurrentUrl()).getRawPath().equals(path))
                && "complete".equals(driver.executeScript("return document.readyState")));
    }

    private void check(String page) {
        browser.screenshot(SCREENSHOTS.resolve("survey-" + page + ".png"));
        for (Axe.Violation v : Axe.run(driver)) {
            if (v.seriousOrWorse()) {
                serious.add(page + ": " + v.describe());
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
