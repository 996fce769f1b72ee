package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.helhet.support.HelhetTest;

/**
 * The follow-up as analysts and unit managers use it, in Chromium: from the start page's summary to the
 * indicators, filtered to 6-12 year olds with pilot beside control, one indicator month by month as a chart,
 * and (for the unit manager) the matters behind a number. Screenshots in target/screenshots/uppfoljning-*.png.
 */
@HelhetTest
class FollowUpInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk("uppfoljning");

    @Test
    void theAnalystFiltersSchoolAgedChildrenAndComparesPilotWithControl() {
        var driver = walk.driver();
        walk.logIn("analytiker");
        assertThat(driver.findElement(By.id("followup-h")).getText()).isEqualTo("Uppföljning i korthet");
        // The summary is fetched after the page has loaded.
        WebElement brief = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(
                By.cssSelector("section[aria-labelledby=followup-h] table")));
        assertThat(brief.getText()).contains("Utredningar med samtal med barnet", "%");
        walk.check("start-analytiker");

        walk.go(driver.findElement(By.cssSelector("a[href='/uppfoljning']"))::click, Walk.path("/uppfoljning"));
        new Select(driver.findElement(By.id("ageGroup"))).selectByValue("6-12");
        walk.go(driver.findElement(By.cssSelector("form.filters button[type=submit]"))::click,
                Walk.pathStartingWith("/uppfoljning"));

        URI filtered = URI.create(driver.getCurrentUrl());
        assertThat(filtered.getQuery()).contains("ageGroup=6-12");
        assertThat(new Select(driver.findElement(By.id("ageGroup"))).getFirstSelectedOption().getText()).isEqualTo("6-12 år");
        var headers = driver.findElements(By.cssSelector("table thead th")).stream().map(WebElement::getText).toList();
        assertThat(headers).contains("Pilotområdet", "Ordinarie verksamhet (kontroll)", "Skillnad");
        WebElement conversation = driver.findElement(By.id("CHILD_CONVERSATION"));
        assertThat(conversation.getText()).contains("Utredningar med samtal med barnet").contains("%");
        assertThat(driver.findElements(By.cssSelector("a[href*='/arenden']"))).as("numbers only").isEmpty();
        walk.check("6-12-pilot-kontroll");

        walk.go(conversation.findElement(By.cssSelector("th a"))::click,
                Walk.pathStartingWith("/uppfoljning/indikator/CHILD_CONVERSATION"));
        assertThat(driver.findElement(By.cssSelector("svg[role=img]")).isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("ageGroup=6-12");
        walk.check("samtal-med-barnet-per-manad");
    }

    @Test
    void theUnitManagerOpensTheMattersBehindANumber() {
        var driver = walk.driver();
        walk.logIn("chef");
        walk.open("/uppfoljning?from=2024-01-01&to=2025-12-31&ageGroup=ALL&level=ORANGE");
        WebElement closed = driver.findElement(By.id("CLOSED_WITHIN_60_DAYS"));
        walk.check("chef-orange");

        walk.go(closed.findElement(By.cssSelector("a[href*='/arenden?area=PILOT']"))::click,
                Walk.pathStartingWith("/uppfoljning/indikator/CLOSED_WITHIN_60_DAYS/arenden"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ärendena bakom siffran");
        assertThat(driver.findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
        walk.check("chef-arenden-bakom");
    }
}
