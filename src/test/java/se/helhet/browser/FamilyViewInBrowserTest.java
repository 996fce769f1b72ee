package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Families;
import se.helhet.support.HelhetTest;

/**
 * The family view as the adult unit's social worker and intake reach it, from the worklist and the matter's
 * header: each sees their own matter and only that the other unit has one. Without serious accessibility problems.
 */
@HelhetTest
class FamilyViewInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk("familj");

    @LocalServerPort
    int port;

    @Test
    void theAdultUnitReachesTheFamilyFromItsWorklistAndSeesTheChildsMatterOnlyAsExisting() {
        var family = Families.knownToTwoUnits(port, "Webbfamilj");
        ChromeDriver driver = walk.driver();
        walk.logIn("vuxen");

        // the start page shows the first 15 of the worker's matters; the rest are a link away
        if (rowsOf(driver, "Maria Webbfamilj").isEmpty()) {
            walk.go(driver.findElement(By.cssSelector("main a[href='/arbetslista/mina']"))::click,
                    Walk.path("/arbetslista/mina"));
        }
        List<WebElement> rows = rowsOf(driver, "Maria Webbfamilj");
        assertThat(rows).as("the parent's matter in the adult worker's list").isNotEmpty();
        WebElement row = rows.getFirst();
        assertThat(row.getText()).contains("beroende");
        walk.go(row.findElement(By.cssSelector("a[href='/familjer/" + family.parent() + "']"))::click,
                Walk.path("/familjer/" + family.parent()));
        WebElement matters = driver.findElement(By.cssSelector("#matters table"));
        assertThat(matters.getText()).contains("beroende", "barn och unga", "innehållet visas bara för enheten");
        assertThat(matters.findElements(By.cssSelector("a[href='/arenden/" + family.child().matterId() + "']"))).isEmpty();
        assertThat(matters.findElements(By.cssSelector("a[href='/arenden/" + family.addiction() + "']"))).hasSize(1);
        walk.check("vuxen");

        walk.open("/arenden/ny?person=" + family.parent());
        walk.check("oppna-arende");
    }

    @Test
    void intakeReachesTheFamilyFromTheMattersHeaderWithTheChildsDeadline() {
        var family = Families.knownToTwoUnits(port, "Huvudfamilj");
        ChromeDriver driver = walk.driver();
        walk.logIn("mottagning");
        walk.open("/arenden/" + family.child().matterId());

        walk.go(driver.findElement(By.cssSelector(".casefile-family a"))::click,
                Walk.path("/familjer/" + family.child().childId()));
        assertThat(driver.findElement(By.cssSelector("#deadlines")).getText()).contains("Utredning");
        assertThat(driver.findElement(By.cssSelector("#members")).getText()).contains("Dold", "Skyddad");
        assertThat(driver.findElement(By.cssSelector("#matters")).getText()).contains("beroende", "Stefan Öberg");
        walk.check("mottagning");
    }

    private static List<WebElement> rowsOf(ChromeDriver driver, String name) {
        return driver.findElements(By.cssSelector("table.worklist tbody tr, ul.work-list > li")).stream()
                .filter(r -> r.getText().contains(name)).toList();
    }
}
