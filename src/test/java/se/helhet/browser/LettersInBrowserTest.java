package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

/**
 * The manager writes a decision's reasons and sees, as they type, how easy the text is to read, with a hint when
 * it is hard; the letter then shows as sent with its PDF, and the follow-up counts it by readability.
 * Screenshots in target/screenshots/brev-*.png.
 */
@HelhetTest
class LettersInBrowserTest {

    private static final String HARD = "Socialnämndens bedömning är att barnets behov av omvårdnad tillgodoses "
            + "genom insatser i hemmiljön.";
    private static final String PLAIN = "Ni har redan stöd från skolan. Vi tror att det räcker just nu.";

    @RegisterExtension
    final Walk walk = new Walk("brev");

    /** Helhet's day, which is not the machine's around midnight. */
    private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;

    @Test
    void theReasonsShowTheirReadabilityAsTheyAreTypedAndTheLetterIsKeptAsSent() {
        var opened = CaseFlow.investigated(port, 9, "Vera", "ORANGE");
        var investigation = CaseFlow.investigation(port, opened.matterId());
        assertThat(Api.as(port, "chef").post("/api/v1/investigations/" + investigation.get("id").asString()
                + "/communication", Api.json("{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}",
                LocalDate.now(STOCKHOLM), investigation.get("version").asInt())).status()).isEqualTo(200);
        var driver = walk.driver();
        walk.logIn("chef");
        String page = "/arenden/" + opened.matterId() + "/utredning";
        walk.go(() -> walk.open(page), Walk.path(page));
        assertThat(driver.findElements(By.cssSelector("a[href$='/brev.pdf']"))).as("the opening letter").hasSize(1);

        WebElement reasons = driver.findElement(By.id("reasons"));
        reasons.sendKeys(HARD);
        WebElement lix = driver.findElement(By.id("reasons-lix"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> lix.getText().contains("LIX 67"));
        assertThat(lix.getText()).contains("Läsbarhet: LIX 67, mycket svår.",
                "Texten är svår att läsa (LIX 67). Korta meningar och vanliga ord hjälper.");
        walk.check("skal-svar-text");

        reasons.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        reasons.sendKeys(PLAIN);
        // Ni har redan stöd från skolan (6 words) + Vi tror att det räcker just nu (7), none longer than six letters:
        // 13 / 2 + 0 = 6.5, shown as 7.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> lix.getText().contains("LIX 7,"));
        assertThat(lix.getText()).isEqualTo("Läsbarhet: LIX 7, mycket lätt.");

        driver.findElement(By.cssSelector("input[name=outcome][value=NOT_GRANTED]")).click();
        new Select(driver.findElement(By.id("interventionCode"))).selectByValue("CONTACT_PERSON");
        WebElement form = reasons.findElement(By.xpath("ancestor::form"));
        walk.go(form.findElement(By.cssSelector("button[type=submit]"))::click, Walk.path(page));

        WebElement letter = driver.findElement(By.cssSelector("#beslut .letter"));
        assertThat(letter.getText()).contains("Vårdnadshavare för Vera Testbarn", "Vi har beslutat att Vera inte får",
                PLAIN, "Om du inte är nöjd med beslutet");
        assertThat(driver.findElement(By.cssSelector("#beslut .sent-letter")).getText())
                .contains("Ladda ner beslutsbrevet (PDF)", "Brevets läsbarhet: LIX");
        walk.check("beslut-skickat");

        walk.open("/uppfoljning");
        WebElement readability = driver.findElement(By.cssSelector("section[aria-labelledby=readability-h]"));
        assertThat(readability.getText()).contains("Brevens läsbarhet", "under 30: mycket lätt", "Beslut",
                "Utredning inleds");
        assertThat(readability.findElements(By.cssSelector("a"))).as("counts only, no letter, no person").isEmpty();
        walk.check("uppfoljning-lasbarhet");
    }
}
