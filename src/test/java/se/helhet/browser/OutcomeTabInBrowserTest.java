package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

/** The matter's outcome tab as a social worker uses it: by keyboard, and without serious accessibility problems. */
@HelhetTest
class OutcomeTabInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theConsentIsNotedByKeyboardAndTheSchoolFormAppears() {
        var opened = CaseFlow.reported(port, 10, "Iris", "CONCERN_REPORT");
        ChromeDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("mottagning");
        driver.findElement(By.id("password")).sendKeys("demo", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/"));
        String tab = "/arenden/" + opened.matterId() + "/utfall";
        driver.get(url(tab));
        List<String> serious = check(driver, "utfall-utan-samtycke");
        assertThat(driver.findElement(By.cssSelector("nav.casefile-nav a[aria-current=page]")).getText()).isEqualTo("Utfall");

        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("guardians")).sendKeys("Båda vårdnadshavarna, muntligt", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(PageChange.gone(oldPage));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Samtycket är noterat.");
        assertThat(driver.findElement(By.id("term")).getDomProperty("value")).matches("(HT|VT)[0-9]{4}");
        serious.addAll(check(driver, "utfall-med-samtycke"));
        driver.findElement(By.cssSelector("#samordning summary")).click();
        serious.addAll(check(driver, "utfall-samordning"));

        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/matters/" + opened.matterId();
        intake.post(base + "/school-outcomes", Api.json("{'timePoint': 'START', 'term': 'VT2026', "
                + "'attendancePercent': 78.5, 'resultKind': 'IUP', 'subjectsAssessed': 8, 'subjectsPassed': 5}"));
        intake.post(base + "/school-outcomes", Api.json("{'timePoint': 'END', 'term': 'HT2026', "
                + "'attendancePercent': 88, 'resultKind': 'IUP', 'subjectsAssessed': 8, 'subjectsPassed': 7}"));
        intake.post(base + "/coordinated-support-answers", Api.json("{'respondent': 'CHILD', 'answers': [4, 5, 3, null, 4]}"));
        driver.get(url(tab));
        assertThat(driver.findElement(By.id("skola")).getText()).contains("+9,5 procentenheter");
        serious.addAll(check(driver, "utfall-med-uppgifter"));

        assertThat(serious).as("serious accessibility problems").isEmpty();
    }

    private static List<String> check(ChromeDriver driver, String page) {
        browser.screenshot(SCREENSHOTS.resolve(page + ".png"));
        List<String> serious = new ArrayList<>();
        for (Axe.Violation v : Axe.run(driver)) {
            System.out.println("AXE " + page + ": " + v.describe());
            if (v.seriousOrWorse()) {
                serious.add(page + ": " + v.describe());
            }
        }
        return serious;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
