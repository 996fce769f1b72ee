package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;

/**
 * A file auditor sets up an audit, answers a matter with the keyboard and reads the results; the analyst
 * reads the results. Screenshots in target/screenshots/audit-*.png; axe-core fails on serious violations.
 */
@HelhetTest
class AuditInBrowserTest {

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

    @Test
    void anAuditorSetsUpAnAuditAnswersWithTheKeyboardAndTheAnalystReadsTheResults() {
        driver = browser.driver();
        logIn("granskare");
        driver.get(url("/aktgranskning"));
        check("audit-list");
        go(driver.findElement(By.linkText("Ny granskning"))::click, path("/aktgranskning/ny"));
        check("audit-new");
        driver.findElement(By.id("name")).sendKeys("Webbgranskning");
        driver.findElement(By.id("sampleSize")).clear();
        driver.findElement(By.id("sampleSize")).sendKeys("5");
        driver.findElement(By.id("seed")).sendKeys("webb");
        go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(),
                d -> d.getCurrentUrl().matches(".*/aktgranskning/[0-9a-f-]{36}"));
        check("audit-sample");

        go(() -> driver.findElement(By.linkText("Granska")).click(), d -> d.getCurrentUrl().contains("/arenden/"));
        check("audit-review");
        WebElement yes = driver.findElement(By.id("q1-YES"));
        yes.sendKeys(Keys.SPACE);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.findElement(By.id("q1-PARTLY")).isSelected()).as("arrow keys move within the radio group")
                .isTrue();
        driver.findElement(By.id("q1-comment")).sendKeys("Samråd syns i journalen.");
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".draft-status")).getText()
                .startsWith("Sparat"));
        String review = URI.create(driver.getCurrentUrl()).getPath();
        go(() -> driver.findElement(By.cssSelector("button[value=save]")).click(), path(review));
        assertThat(driver.findElement(By.id("q1-PARTLY")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Svaren är sparade.");

        driver.get(url("/aktgranskning"));
        go(() -> driver.findElement(By.xpath("//tr[th/a[text()='Familjeorienterat arbetssätt "
                + (java.time.LocalDate.now().getYear() - 1) + "']]//a[text()='Resultat']")).click(),
                d -> d.getCurrentUrl().endsWith("/resultat"));
        check("audit-results");
        go(() -> driver.findElement(By.cssSelector("form[action='/aktgranskning/jamforelse'] button")).click(),
                d -> d.getCurrentUrl().contains("/jamforelse"));
        check("audit-comparison");
        driver.get(url("/aktgranskning/nycklar"));
        check("audit-keys");

        driver.manage().deleteAllCookies();
        logIn("analytiker");
        driver.get(url("/aktgranskning"));
        go(() -> driver.findElement(By.linkText("Resultat")).click(), d -> d.getCurrentUrl().endsWith("/resultat"));
        check("audit-results-analyst");
        assertThat(driver.findElements(By.id("comments-h"))).isEmpty();

        assertThat(serious)
                .withFailMessage(() -> "axe-core found serious or critical violations:\n  " + String.join("\n  ", serious))
                .isEmpty();
    }

    private void logIn(String user) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        go(driver.findElement(By.cssSelector("main form button[type=submit]"))::click, path("/"));
    }

    private void check(String page) {
        browser.screenshot(SCREENSHOTS.resolve(page + ".png"));
        for (Axe.Violation v : Axe.run(driver)) {
            if (v.seriousOrWorse()) {
                serious.add(page + ": " + v.describe());
            }
        }
    }

    private static Predicate<WebDriver> path(String path) {
        return d -> URI.create(d.getCurrentUrl()).getRawPath().equals(path);
    }

    private void go(Runnable action, Predicate<WebDriver> arrived) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, WAIT).until(PageChange.gone(oldPage));
        new WebDriverWait(driver, WAIT).until(d -> arrived.test(d)
                && "complete".equals(driver.executeScript("return document.readyState")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
