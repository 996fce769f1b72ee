package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.helhet.support.HelhetTest;

/**
 * The browser's own copy of a form being typed, kept for when the server cannot take the draft (the session
 * ended, the network went): it comes back to the one who typed it, and to nobody else who uses the same
 * computer afterwards.
 */
@HelhetTest
class DraftCopyInBrowserTest {

    private static final String TYPED = "Mentorn ringde om Ake, hög frånvaro sedan oktober.";

    @RegisterExtension
    final Walk walk = new Walk("draft");
    private final ChromeDriver driver = walk.driver();

    @Test
    void aCopyThatTheServerCouldNotTakeReturnsToItsAuthorOnlyAndNotAfterLoggingOut() {
        walk.logIn("mottagning");
        walk.open("/anmalningar/ny");
        driver.manage().deleteAllCookies();
        driver.findElement(By.id("reporterName")).sendKeys(TYPED);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(".draft-status"))
                .getText().contains("kunde inte sparas"));

        walk.logIn("chef");
        walk.open("/anmalningar/ny");
        assertThat(driver.findElement(By.id("reporterName")).getDomProperty("value"))
                .as("another user of the same browser").isEmpty();

        walk.logIn("mottagning");
        walk.open("/anmalningar/ny");
        assertThat(driver.findElement(By.id("reporterName")).getDomProperty("value")).as("its author")
                .isEqualTo(TYPED);
        walk.screenshot("restored");

        walk.logOut();
        walk.logIn("mottagning");
        walk.open("/anmalningar/ny");
        assertThat(driver.findElement(By.id("reporterName")).getDomProperty("value"))
                .as("after logging out with the button, nothing is left in the browser").isEmpty();
    }
}
