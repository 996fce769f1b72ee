package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;

/**
 * Time with children and the logic model in a headless Chromium: what each role sees, the logic model as
 * columns on a wide screen and as a list on a narrow one, screenshots in target/screenshots/ and axe-core
 * failing on serious and critical violations.
 */
@HelhetTest
class FollowUpPagesInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Browser browser;

    @LocalServerPort
    int port;

    private ChromeDriver driver;

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
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    @Test
    void theManagerOpensAWorkersMonthsFromTheUnitTable() {
        logIn("chef");
        driver.get(url("/tid-med-barn"));
        WebElement table = driver.findElement(By.cssSelector("main table"));
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .contains("Medarbetare", "Andel direkt kontakt");
        assertThat(table.findElement(By.cssSelector("tfoot th")).getText()).isEqualTo("Hela enheten");
        check("chef", "tid-med-barn");

        WebElement worker = table.findElement(By.cssSelector("tbody th a"));
        String name = worker.getText();
        worker.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/medarbetare/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tid med barn: " + name);
        assertThat(driver.findElements(By.cssSelector("main section > table tbody tr"))).hasSize(12);
        assertThat(driver.findElement(By.cssSelector("main svg[role=img] title")).getDomProperty("textContent"))
                .startsWith("Andel av registrerad tid i direkt kontakt med barn");
        check("chef", "tid-med-barn-medarbetare");
    }

    @Test
    void aSocialWorkerAndTheAnalystSeeWhatIsTheirs() {
        logIn("socsek");
        driver.get(url("/tid-med-barn"));
        assertThat(driver.findElement(By.id("own-h")).getText()).isEqualTo("Min tid");
        check("socsek", "tid-med-barn");

        logIn("analytiker");
        driver.get(url("/tid-med-barn"));
        assertThat(driver.findElement(By.id("units-h")).getText()).isEqualTo("Per enhet");
        assertThat(driver.findElements(By.cssSelector("main a[href^='/tid-med-barn/medarbetare/']"))).isEmpty();
        check("analytiker", "tid-med-barn");
    }

    @Test
    void theLogicModelReadsInColumnsOnAWideScreenAndAsAListOnANarrowOne() {
        logIn("analytiker");
        driver.get(url("/uppfoljning/logikmodell"));
        List<WebElement> steps = driver.findElements(By.cssSelector(".logic-chain:first-of-type .logic-chain__step"));
        assertThat(steps).hasSize(4);
        assertThat(steps.get(1).getLocation().getY()).as("side by side").isEqualTo(steps.get(0).getLocation().getY());
        check("analytiker", "logikmodell");

        driver.manage().window().setSize(new Dimension(420, 900));
        driver.navigate().refresh();
        steps = driver.findElements(By.cssSelector(".logic-chain:first-of-type .logic-chain__step"));
        assertThat(steps.get(1).getLocation().getY()).as("one below the other")
                .isGreaterThan(steps.get(0).getLocation().getY());
        check("analytiker", "logikmodell-smal");
    }

    private void logIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        WebElement form = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(PageChange.gone(form));
        assertThat(driver.findElement(By.cssSelector(".user__name")).getText()).isNotBlank();
    }

    private void check(String user, String page) {
        browser.screenshot(SCREENSHOTS.resolve(user + "-" + page + ".png"));
        List<String> serious = new ArrayList<>();
        for (Axe.Violation v : Axe.run(driver)) {
            if (v.seriousOrWorse()) {
                serious.add(URI.create(driver.getCurrentUrl()).getPath() + ": " + v.describe());
            }
        }
        assertThat(serious).as("axe-core, serious or critical").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
