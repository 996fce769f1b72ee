package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;

/** A child's consents as the worker records and withdraws one: by keyboard, without serious accessibility problems. */
@HelhetTest
class ConsentInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk("samtycke");

    @LocalServerPort
    int port;

    @Test
    void aConsentIsRecordedByKeyboardListedOnThePersonPageAndWithdrawn() {
        String child = Children.aChild(port, 12, "Tove");
        List<String> guardians = Consenting.guardians(port, child, 2);
        String adultUnit = Api.as(port, "vuxen").get("/api/v1/me").json().get("units").get(0).get("id").asString();
        ChromeDriver driver = walk.driver();
        walk.logInWithEnter("mottagning");
        String page = "/personer/" + child + "/samtycken";
        walk.open(page);
        walk.check("tom");
        assertThat(driver.findElement(By.id("giver-" + guardians.get(0))).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("giver-" + guardians.get(1))).isSelected()).isTrue();

        driver.findElement(By.id("scope-SHARE_MATTER_CONTENT")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("unit-" + adultUnit)).sendKeys(Keys.SPACE);
        driver.findElement(By.id("form-ORAL")).sendKeys(Keys.SPACE);
        walk.go(() -> driver.findElement(By.cssSelector("form[action$='/samtycken'] button[type=submit]"))
                .sendKeys(Keys.ENTER), Walk.path(page));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Samtycket är registrerat.");
        assertThat(driver.findElement(By.id("samtycken-lista")).getText()).contains("gäller")
                .contains("Vuxenenheten – beroende").contains("muntligt");
        walk.check("registrerat");

        walk.open("/personer/" + child);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("#samtycken #samtycken-lista")).isEmpty());
        assertThat(driver.findElement(By.id("samtycken")).getText()).contains("Vuxenenheten – beroende");
        walk.check("personsidan");

        walk.open(page);
        walk.go(() -> driver.findElement(By.linkText("Återkalla")).click(),
                Walk.pathStartingWith("/personer/" + child + "/samtycken/"));
        walk.check("aterkalla");
        driver.findElement(By.id("reason")).sendKeys("Vårdnadshavarna ångrade sig.");
        walk.go(() -> driver.findElement(By.cssSelector("form[action$='/aterkalla'] button[type=submit]")).click(),
                Walk.path(page));
        assertThat(driver.findElement(By.id("samtycken-lista")).getText()).contains("återkallat")
                .contains("Vårdnadshavarna ångrade sig.");
        walk.check("aterkallat");
    }
}
