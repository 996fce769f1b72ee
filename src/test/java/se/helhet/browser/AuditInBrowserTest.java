package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.helhet.support.HelhetTest;

/**
 * A file auditor sets up an audit, answers a matter with the keyboard and reads the results; the analyst
 * reads the results; a unit manager writes a review key with the keyboard alone. Screenshots in
 * target/screenshots/audit-*.png; axe-core fails on serious violations.
 */
@HelhetTest
class AuditInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk("audit");
    private final ChromeDriver driver = walk.driver();

    @Test
    void anAuditorSetsUpAnAuditAnswersWithTheKeyboardAndTheAnalystReadsTheResults() {
        walk.logIn("granskare");
        walk.open("/aktgranskning");
        walk.check("list");
        walk.go(driver.findElement(By.linkText("Ny granskning"))::click, Walk.path("/aktgranskning/ny"));
        walk.check("new");
        driver.findElement(By.id("name")).sendKeys("Webbgranskning");
        driver.findElement(By.id("sampleSize")).clear();
        driver.findElement(By.id("sampleSize")).sendKeys("5");
        driver.findElement(By.id("seed")).sendKeys("webb");
        walk.go(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click(),
                d -> d.getCurrentUrl().matches(".*/aktgranskning/[0-9a-f-]{36}"));
        walk.check("sample");

        walk.go(() -> driver.findElement(By.linkText("Granska")).click(), d -> d.getCurrentUrl().contains("/arenden/"));
        walk.check("review");
        WebElement yes = driver.findElement(By.id("q1-YES"));
        yes.sendKeys(Keys.SPACE);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.findElement(By.id("q1-PARTLY")).isSelected()).as("arrow keys move within the radio group")
                .isTrue();
        driver.findElement(By.id("q1-comment")).sendKeys("Samråd syns i journalen.");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".draft-status")).getText().startsWith("Sparat"));
        String review = URI.create(driver.getCurrentUrl()).getPath();
        walk.go(() -> driver.findElement(By.cssSelector("button[value=save]")).click(), Walk.path(review));
        assertThat(driver.findElement(By.id("q1-PARTLY")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Svaren är sparade.");

        walk.open("/aktgranskning");
        walk.go(() -> driver.findElement(By.xpath("//tr[th/a[text()='Familjeorienterat arbetssätt "
                + (java.time.LocalDate.now().getYear() - 1) + "']]//a[text()='Resultat']")).click(),
                d -> d.getCurrentUrl().endsWith("/resultat"));
        walk.check("results");
        walk.go(() -> driver.findElement(By.cssSelector("form[action='/aktgranskning/jamforelse'] button")).click(),
                d -> d.getCurrentUrl().contains("/jamforelse"));
        walk.check("comparison");
        walk.open("/aktgranskning/nycklar");
        walk.check("keys");

        walk.logIn("analytiker");
        walk.open("/aktgranskning");
        walk.go(() -> driver.findElement(By.linkText("Resultat")).click(), d -> d.getCurrentUrl().endsWith("/resultat"));
        walk.check("results-analyst");
        assertThat(driver.findElements(By.id("comments-h"))).isEmpty();
    }

    @Test
    void aUnitManagerWritesAKeyWithTheKeyboardAlone() {
        String code = "KEYBOARD_" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        walk.logIn("chef");
        walk.open("/aktgranskning/nycklar");
        walk.go(() -> driver.findElement(By.linkText("Ny granskningsnyckel")).sendKeys(Keys.ENTER),
                Walk.path("/aktgranskning/nycklar/ny"));
        walk.check("key-new");
        driver.findElement(By.id("code")).sendKeys(code);
        typeAfterTab("Tangentbordets nyckel");
        typeAfterTab("Skriven utan mus.");
        typeAfterTab("Barnet");
        typeAfterTab("Har handläggaren träffat barnet?");
        typeAfterTab(Keys.ARROW_DOWN);
        assertThat(driver.findElement(By.id("q1-answerKind-SCALE")).isSelected()).isTrue();
        typeAfterTab("Inte alls");
        typeAfterTab("Helt och tydligt");
        typeAfterTab("");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Ta bort fråga 1");
        typeAfterTab("");
        walk.go(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER), Walk.path("/aktgranskning/nycklar"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the new row has the focus")
                .isEqualTo("q2-group");
        assertThat(driver.findElement(By.id("q1-scaleHigh")).getAttribute("value")).isEqualTo("Helt och tydligt");
        walk.check("key-rows");

        driver.switchTo().activeElement().sendKeys("Barnet");
        walk.go(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER), Walk.path("/aktgranskning/nycklar"));
        assertThat(driver.findElement(By.cssSelector(".error-summary a")).getText())
                .isEqualTo("Skriv frågan (högst 1000 tecken)");
        walk.check("key-errors");
        driver.findElement(By.cssSelector(".error-summary a")).sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q2-text");
        driver.switchTo().activeElement().sendKeys("Har barnet fått komma till tals?");
        walk.go(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER),
                d -> d.getCurrentUrl().contains("/aktgranskning/nycklar#key-"));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText())
                .isEqualTo("Tangentbordets nyckel, version 1, är sparad.");
        walk.check("key-saved");
    }

    private void typeAfterTab(CharSequence text) {
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(text);
    }
}
