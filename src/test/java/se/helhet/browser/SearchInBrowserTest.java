package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;

/**
 * Searching by personnummer in the browser: found from the header, the search page (as one types) and the report
 * search (its answer swapped into the page), with only a search id in the address bar, and back, forward and reload
 * still showing the search.
 */
@HelhetTest
class SearchInBrowserTest {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Walk walk = new Walk("search");
    private final ChromeDriver driver = walk.driver();
    private final List<String> addresses = new ArrayList<>();

    private void noNumberInTheAddress(String number) {
        String now = driver.getCurrentUrl();
        addresses.add(now);
        assertThat(now).doesNotContain(number.substring(2, 8)).doesNotContain(number.substring(8));
    }

    private String results() {
        return driver.findElement(By.id("results")).getText();
    }

    @Test
    void aPersonnummerTypedAnywhereFindsThePersonAndNeverReachesTheAddress() {
        String number = TestNumbers.unused();
        Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'Webb', 'familyName': 'Sökbar'}", number));
        String dashed = number.substring(2, 8) + "-" + number.substring(8);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));

        walk.logIn("mottagning");
        walk.go(() -> driver.findElement(By.id("header-q")).sendKeys(dashed, Keys.ENTER), Walk.searched("/personer"));
        assertThat(results()).contains("Sökbar, Webb");
        noNumberInTheAddress(number);
        String first = driver.getCurrentUrl();
        walk.check("found-by-number");

        driver.findElement(By.id("q")).clear();
        driver.findElement(By.id("q")).sendKeys("sokbar webb");
        wait.until(d -> !d.getCurrentUrl().equals(first) && Walk.searched("/personer").test(d));
        wait.until(d -> results().contains("Sökbar, Webb"));
        noNumberInTheAddress(number);
        String second = driver.getCurrentUrl();

        driver.navigate().back();
        wait.until(d -> d.getCurrentUrl().equals(first));
        wait.until(d -> results().contains("Sökbar, Webb"));
        assertThat(driver.executeScript("return sessionStorage.getItem('htmx-history-cache')"))
                .as("no copy of a page with names in the tab's storage").isNull();
        driver.navigate().forward();
        wait.until(d -> d.getCurrentUrl().equals(second));
        driver.navigate().refresh();
        wait.until(d -> results().contains("Sökbar, Webb"));
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("sokbar webb");

        // The report search's answer is swapped into the page (htmx): the address changes, the page stays.
        walk.open("/anmalningar/sok");
        driver.findElement(By.id("person")).sendKeys(number);
        String before = driver.findElement(By.cssSelector(".report-search__result")).getText();
        driver.findElement(By.cssSelector("form.report-search__form button[type=submit]")).click();
        wait.until(d -> Walk.searched("/anmalningar/sok").test(d));
        wait.until(d -> !d.findElement(By.cssSelector(".report-search__result")).getText().equals(before));
        assertThat(driver.findElement(By.cssSelector(".report-search__result")).getText())
                .contains("Ingen anmälan hittades");
        assertThat(driver.findElement(By.id("person")).getDomProperty("value")).isEqualTo(number);
        assertThat(driver.switchTo().activeElement().getText()).as("the answer has the focus, for a screen reader")
                .contains("Ingen anmälan hittades");
        noNumberInTheAddress(number);
        walk.check("report-search");
        driver.navigate().refresh();
        wait.until(d -> d.findElement(By.cssSelector(".report-search__result")).getText()
                .contains("Ingen anmälan hittades"));
        assertThat(driver.findElement(By.id("person")).getDomProperty("value")).as("the search read back by its id")
                .isEqualTo(number);
        assertThat(addresses).allSatisfy(a -> assertThat(URI.create(a).getRawQuery()).matches("sok=[A-Za-z0-9_-]{16}"));
        walk.logOut();
    }
}
