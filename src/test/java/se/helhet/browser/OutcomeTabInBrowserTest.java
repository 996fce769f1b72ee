package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

/** The matter's outcome tab as a social worker uses it: by keyboard, and without serious accessibility problems. */
@HelhetTest
class OutcomeTabInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk("utfall");

    @LocalServerPort
    int port;

    @Test
    void theConsentIsNotedByKeyboardAndTheSchoolFormAppears() {
        var opened = CaseFlow.reported(port, 10, "Iris", "CONCERN_REPORT");
        ChromeDriver driver = walk.driver();
        walk.logInWithEnter("mottagning");
        String tab = "/arenden/" + opened.matterId() + "/utfall";
        walk.open(tab);
        walk.check("utan-samtycke");
        assertThat(driver.findElement(By.cssSelector("nav.casefile-nav a[aria-current=page]")).getText()).isEqualTo("Utfall");

        walk.go(() -> driver.findElement(By.id("guardians")).sendKeys("Båda vårdnadshavarna, muntligt", Keys.ENTER),
                Walk.path(tab));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Samtycket är noterat.");
        assertThat(driver.findElement(By.id("term")).getDomProperty("value")).matches("(HT|VT)[0-9]{4}");
        walk.check("med-samtycke");
        driver.findElement(By.cssSelector("#samordning summary")).click();
        walk.check("samordning");

        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/matters/" + opened.matterId();
        intake.post(base + "/school-outcomes", Api.json("{'timePoint': 'START', 'term': 'VT2026', "
                + "'attendancePercent': 78.5, 'resultKind': 'IUP', 'subjectsAssessed': 8, 'subjectsPassed': 5}"));
        intake.post(base + "/school-outcomes", Api.json("{'timePoint': 'END', 'term': 'HT2026', "
                + "'attendancePercent': 88, 'resultKind': 'IUP', 'subjectsAssessed': 8, 'subjectsPassed': 7}"));
        intake.post(base + "/coordinated-support-answers", Api.json("{'respondent': 'CHILD', 'answers': [4, 5, 3, null, 4]}"));
        walk.open(tab);
        assertThat(driver.findElement(By.id("skola")).getText()).contains("+9,5 procentenheter");
        walk.check("med-uppgifter");
    }
}
