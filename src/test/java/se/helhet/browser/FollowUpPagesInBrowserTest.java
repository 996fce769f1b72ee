package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import se.helhet.support.HelhetTest;

/**
 * Time with children and the logic model in a headless Chromium: what each role sees, the logic model as
 * columns on a wide screen and as a list on a narrow one, screenshots in target/screenshots/ and axe-core
 * failing on serious and critical violations.
 */
@HelhetTest
class FollowUpPagesInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk();
    private final ChromeDriver driver = walk.driver();

    @Test
    void theManagerOpensAWorkersMonthsFromTheUnitTable() {
        walk.logIn("chef");
        walk.open("/tid-med-barn");
        WebElement table = driver.findElement(By.cssSelector("main table"));
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .contains("Medarbetare", "Andel direkt kontakt");
        assertThat(table.findElement(By.cssSelector("tfoot th")).getText()).isEqualTo("Hela enheten");
        walk.check("chef-tid-med-barn");

        WebElement worker = table.findElement(By.cssSelector("tbody th a"));
        String name = worker.getText();
        walk.go(worker::click, Walk.pathStartingWith("/tid-med-barn/medarbetare/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tid med barn: " + name);
        assertThat(driver.findElements(By.cssSelector("main section > .table-frame > table tbody tr"))).hasSize(12);
        assertThat(driver.findElement(By.cssSelector("main svg[role=img] title")).getDomProperty("textContent"))
                .startsWith("Andel av registrerad tid i direkt kontakt med barn");
        walk.check("chef-tid-med-barn-medarbetare");
    }

    @Test
    void aSocialWorkerAndTheAnalystSeeWhatIsTheirs() {
        walk.logIn("socsek");
        walk.open("/tid-med-barn");
        assertThat(driver.findElement(By.id("own-h")).getText()).isEqualTo("Min tid");
        walk.check("socsek-tid-med-barn");

        walk.logIn("analytiker");
        walk.open("/tid-med-barn");
        assertThat(driver.findElement(By.id("units-h")).getText()).isEqualTo("Per enhet");
        assertThat(driver.findElements(By.cssSelector("main a[href^='/tid-med-barn/medarbetare/']"))).isEmpty();
        walk.check("analytiker-tid-med-barn");
    }

    @Test
    void theLogicModelReadsInColumnsOnAWideScreenAndAsAListOnANarrowOne() {
        walk.logIn("analytiker");
        walk.open("/uppfoljning/logikmodell");
        List<WebElement> steps = driver.findElements(By.cssSelector(".logic-chain:first-of-type .logic-chain__step"));
        assertThat(steps).hasSize(4);
        assertThat(steps.get(1).getLocation().getY()).as("side by side").isEqualTo(steps.get(0).getLocation().getY());
        walk.check("analytiker-logikmodell");

        driver.manage().window().setSize(new Dimension(420, 900));
        driver.navigate().refresh();
        steps = driver.findElements(By.cssSelector(".logic-chain:first-of-type .logic-chain__step"));
        assertThat(steps.get(1).getLocation().getY()).as("one below the other")
                .isGreaterThan(steps.get(0).getLocation().getY());
        walk.check("analytiker-logikmodell-smal");
    }
}
